import { buildMatchKey } from './build-match-key.js';

// Words that say nothing about what is wrong, in English, Hinglish, Hindi, Punjabi and Odia, greetings and thanks
// included since they often share a message with the complaint. Removing them keeps
// "the light is not working since 3 days" from matching complaint types on "the", "is" and "since". Negations
// stay: "no water" and "not working" are names of complaint types.
const fillers = [
  'a an the is are am was were be been being it its this that these those there here my our your his her their',
  'i we you he she they me us them to of in on at for from with by and or but please pls plz kindly',
  'sir madam ji very too since near also has have had do does did done get got getting any some so',
  'problem issue complaint help hi hello hey ok okay yes yeah thanks thank thx welcome bye',
  'haan han namaste namaskar dhanyavad shukriya',
  'hai hain tha thi ho raha rahi rahe ka ki ke ko mein me se par aur ya bhi bahut koi',
  'yeh ye woh wo mera meri mere hamara hamare yahan wahan kripya hua hui hue gaya gayi gaye karo kare karen',
  'da di de nu vich ton te ate',
  'है हैं था थी थे हो रहा रही रहे का की के को में से पर और या भी ना न बहुत कोई यह ये वह वो',
  'मेरा मेरी मेरे हमारा हमारी हमारे यहां यहाँ वहां कृपया हुआ हुई हुए गया गई गए करें करो जी एक दिन समस्या शिकायत',
  'हाँ हां नमस्ते नमस्कार धन्यवाद शुक्रिया',
  'ਹੈ ਹਨ ਸੀ ਹੋ ਰਿਹਾ ਰਹੀ ਰਹੇ ਦਾ ਦੀ ਦੇ ਦੀਆਂ ਨੂੰ ਵਿੱਚ ਵਿਚ ਤੋਂ ਤੇ ਅਤੇ ਜਾਂ ਵੀ ਨਾ ਬਹੁਤ ਕੋਈ ਇਹ ਉਹ',
  'ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਸਾਡਾ ਸਾਡੀ ਸਾਡੇ ਇੱਥੇ ਉੱਥੇ ਕਿਰਪਾ ਕਰਕੇ ਜੀ ਹੋਇਆ ਹੋਈ ਗਿਆ ਗਈ ਕਰੋ ਦਿਨ ਸਮੱਸਿਆ ਸ਼ਿਕਾਇਤ',
  'ਹਾਂ ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਨਮਸਤੇ ਧੰਨਵਾਦ ਸ਼ੁਕਰੀਆ',
  'ଅଛି ଓ ଏବଂ ବା କିମ୍ବା ର ରେ ଏହି ସେହି ମୋର ଆମର ଆମ ବହୁତ ହେଉଛି ହୋଇଛି ହୋଇନି ଦୟାକରି ସମସ୍ୟା ଅଭିଯୋଗ ଦିନ',
  'ହଁ ନମସ୍କାର ଧନ୍ୟବାଦ',
];

let fillerKeys: ReadonlySet<string> | undefined;

/** Whether a word, given as a match key, is a filler word in any of the chat bot's languages. */
export function isFillerWord(key: string): boolean {
  fillerKeys ??= new Set(fillers.flatMap((line) => line.split(' ')).map(buildMatchKey));
  return fillerKeys.has(key);
}
