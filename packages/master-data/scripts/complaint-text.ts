/**
 * Names and search keywords of complaint categories and types in English, Hindi, Punjabi and Odia, written for
 * this project: the master data has English labels only, some misspelt or copied from another type, and keywords
 * that often belong to a different type. A type's keywords are its category's plus its own.
 */
import type { Language } from '../src/types.js';

type Texts = Readonly<Record<Language, string>>;
type Words = Readonly<Record<Language, readonly string[]>>;

interface Described {
  readonly names: Texts;
  readonly keywords: Words;
}

const split = (list: string) =>
  list
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0);

const describe = (
  names: readonly [string, string, string, string],
  keywords: readonly [string, string, string, string],
): Described => ({
  names: { en: names[0], hi: names[1], pa: names[2], or: names[3] },
  keywords: {
    en: split(keywords[0]),
    hi: split(keywords[1]),
    pa: split(keywords[2]),
    or: split(keywords[3]),
  },
});

/** Category for complaint types the master data leaves without a menu path. */
export const uncategorised = 'Others';

/** Categories by menu path, in the order a citizen should see them: the everyday problems first. */
export const categoryText: ReadonlyMap<string, Described> = new Map([
  [
    'StreetLights',
    describe(
      ['Street Lights', 'स्ट्रीट लाइट', 'ਸਟ੍ਰੀਟ ਲਾਈਟਾਂ', 'ଷ୍ଟ୍ରିଟ ଲାଇଟ'],
      [
        'street light, streetlight, light, lights, lamp, bulb, pole, dark',
        'स्ट्रीट लाइट, लाइट, बत्ती, बल्ब, खंभा, अंधेरा',
        'ਸਟ੍ਰੀਟ ਲਾਈਟ, ਲਾਈਟ, ਬੱਤੀ, ਬਲਬ, ਖੰਭਾ, ਹਨੇਰਾ',
        'ଷ୍ଟ୍ରିଟ ଲାଇଟ, ଲାଇଟ, ଆଲୋକ, ବତୀ, ବଲ୍ବ, ଖୁଣ୍ଟ, ଅନ୍ଧାର',
      ],
    ),
  ],
  [
    'Garbage',
    describe(
      ['Garbage', 'कूड़ा-कचरा', 'ਕੂੜਾ-ਕਰਕਟ', 'ଅଳିଆ ଆବର୍ଜନା'],
      [
        'garbage, trash, waste, rubbish, litter, dump, kachra',
        'कूड़ा, कूडा, कचरा, गंदगी',
        'ਕੂੜਾ, ਕਰਕਟ, ਗੰਦਗੀ',
        'ଅଳିଆ, ଆବର୍ଜନା, ମଇଳା',
      ],
    ),
  ],
  [
    'Drains',
    describe(
      ['Drains', 'नालियां', 'ਨਾਲੀਆਂ', 'ନାଳ'],
      [
        'drain, drains, drainage, nala, nali, gutter',
        'नाली, नाला, गटर',
        'ਨਾਲੀ, ਨਾਲਾ, ਗਟਰ',
        'ନାଳ, ନର୍ଦ୍ଦମା, ଡ୍ରେନ',
      ],
    ),
  ],
  [
    'WaterandSewage',
    describe(
      ['Water and Sewerage', 'पानी और सीवरेज', 'ਪਾਣੀ ਅਤੇ ਸੀਵਰੇਜ', 'ପାଣି ଓ ସିୱରେଜ'],
      [
        'water, sewer, sewage, sewerage, pipe, supply, tap',
        'पानी, जल, सीवर, सीवरेज, पाइप, नल',
        'ਪਾਣੀ, ਸੀਵਰ, ਸੀਵਰੇਜ, ਪਾਈਪ, ਟੂਟੀ',
        'ପାଣି, ଜଳ, ସିୱର, ସିୱରେଜ, ପାଇପ, କଳ',
      ],
    ),
  ],
  [
    'RoadsAndFootpaths',
    describe(
      ['Roads and Footpaths', 'सड़कें और फुटपाथ', 'ਸੜਕਾਂ ਅਤੇ ਫੁੱਟਪਾਥ', 'ରାସ୍ତା ଓ ଫୁଟପାଥ'],
      [
        'road, roads, street, footpath, pavement, pothole',
        'सड़क, रोड, फुटपाथ, गड्ढा',
        'ਸੜਕ, ਰੋਡ, ਫੁੱਟਪਾਥ, ਟੋਆ',
        'ରାସ୍ତା, ସଡ଼କ, ଫୁଟପାଥ, ଗାତ',
      ],
    ),
  ],
  [
    'Mosquitos',
    describe(
      ['Mosquitoes', 'मच्छर', 'ਮੱਛਰ', 'ମଶା'],
      [
        'mosquito, mosquitoes, fogging, spray, dengue, malaria, insects',
        'मच्छर, फॉगिंग, छिड़काव, डेंगू, मलेरिया',
        'ਮੱਛਰ, ਫੌਗਿੰਗ, ਛਿੜਕਾਅ, ਡੇਂਗੂ, ਮਲੇਰੀਆ',
        'ମଶା, ଫଗିଂ, ସ୍ପ୍ରେ, ଡେଙ୍ଗୁ, ମ୍ୟାଲେରିଆ',
      ],
    ),
  ],
  [
    'Animals',
    describe(
      ['Animals', 'पशु', 'ਪਸ਼ੂ', 'ପଶୁ'],
      [
        'animal, animals, stray, dog, dogs, cow, cattle, monkey',
        'पशु, जानवर, आवारा, कुत्ता, कुत्ते, गाय, बंदर',
        'ਪਸ਼ੂ, ਜਾਨਵਰ, ਅਵਾਰਾ, ਕੁੱਤਾ, ਕੁੱਤੇ, ਗਾਂ, ਬਾਂਦਰ',
        'ପଶୁ, ଜନ୍ତୁ, ବୁଲା, କୁକୁର, ଗାଈ, ମାଙ୍କଡ଼',
      ],
    ),
  ],
  [
    'PublicToilets',
    describe(
      ['Public Toilets', 'सार्वजनिक शौचालय', 'ਜਨਤਕ ਪਖਾਨੇ', 'ସାର୍ବଜନୀନ ଶୌଚାଳୟ'],
      [
        'toilet, toilets, public toilet, washroom, restroom, urinal, latrine',
        'शौचालय, टॉयलेट, पेशाबघर, सुलभ',
        'ਪਖਾਨਾ, ਪਖਾਨੇ, ਟਾਇਲਟ, ਬਾਥਰੂਮ, ਪਿਸ਼ਾਬਘਰ',
        'ଶୌଚାଳୟ, ଟଏଲେଟ, ପରିସ୍ରାଗାର',
      ],
    ),
  ],
  [
    'OpenDefecation',
    describe(
      ['Open Defecation', 'खुले में शौच', 'ਖੁੱਲ੍ਹੇ ਵਿੱਚ ਪਖਾਨਾ', 'ଖୋଲା ସ୍ଥାନରେ ଶୌଚ'],
      [
        'open defecation, defecation, urinating in public',
        'खुले में शौच, शौच',
        'ਖੁੱਲ੍ਹੇ ਵਿੱਚ ਪਖਾਨਾ, ਜੰਗਲ ਪਾਣੀ',
        'ଖୋଲା ଶୌଚ, ଶୌଚ',
      ],
    ),
  ],
  [
    'Trees',
    describe(
      ['Trees', 'पेड़', 'ਰੁੱਖ', 'ଗଛ'],
      ['tree, trees, branch, branches', 'पेड़, वृक्ष, टहनी, डाली', 'ਰੁੱਖ, ਦਰੱਖਤ, ਟਾਹਣੀ', 'ଗଛ, ବୃକ୍ଷ, ଡାଳ'],
    ),
  ],
  [
    'Parks',
    describe(
      ['Parks', 'पार्क', 'ਪਾਰਕ', 'ପାର୍କ'],
      ['park, parks, garden, green belt', 'पार्क, बगीचा, उद्यान', 'ਪਾਰਕ, ਬਾਗ਼', 'ପାର୍କ, ଉଦ୍ୟାନ, ବଗିଚା'],
    ),
  ],
  [
    'LandViolations',
    describe(
      [
        'Encroachments and Illegal Construction',
        'अतिक्रमण और अवैध निर्माण',
        'ਕਬਜ਼ੇ ਅਤੇ ਨਾਜਾਇਜ਼ ਉਸਾਰੀ',
        'ଜବରଦଖଲ ଓ ବେଆଇନ ନିର୍ମାଣ',
      ],
      [
        'illegal, encroachment, violation, unauthorised, unauthorized, land',
        'अवैध, नाजायज़, कब्ज़ा, अतिक्रमण, उल्लंघन',
        'ਨਾਜਾਇਜ਼, ਗ਼ੈਰ-ਕਾਨੂੰਨੀ, ਕਬਜ਼ਾ, ਉਲੰਘਣਾ',
        'ବେଆଇନ, ଅବୈଧ, ଜବରଦଖଲ, ଉଲ୍ଲଂଘନ',
      ],
    ),
  ],
  [
    'Property Tax/House Tax',
    describe(
      ['Property Tax / House Tax', 'प्रॉपर्टी टैक्स / हाउस टैक्स', 'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ / ਹਾਊਸ ਟੈਕਸ', 'ସମ୍ପତ୍ତି କର / ଗୃହ କର'],
      [
        'property tax, house tax, tax',
        'प्रॉपर्टी टैक्स, हाउस टैक्स, संपत्ति कर, टैक्स',
        'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ, ਹਾਊਸ ਟੈਕਸ, ਟੈਕਸ',
        'ସମ୍ପତ୍ତି କର, ଗୃହ କର, ଟିକସ',
      ],
    ),
  ],
  [
    'BirthandDeath',
    describe(
      ['Birth and Death', 'जन्म और मृत्यु', 'ਜਨਮ ਅਤੇ ਮੌਤ', 'ଜନ୍ମ ଓ ମୃତ୍ୟୁ'],
      ['birth, death', 'जन्म, मृत्यु', 'ਜਨਮ, ਮੌਤ', 'ଜନ୍ମ, ମୃତ୍ୟୁ'],
    ),
  ],
  [
    'Mseva Application Related Issues',
    describe(
      ['mSeva App Issues', 'एमसेवा ऐप से जुड़ी समस्याएं', 'ਐਮਸੇਵਾ ਐਪ ਸਬੰਧੀ ਸਮੱਸਿਆਵਾਂ', 'ଏମସେବା ଆପ ସମ୍ବନ୍ଧୀୟ ସମସ୍ୟା'],
      [
        'mseva, app, application, online, payment',
        'एमसेवा, ऐप, ऑनलाइन, भुगतान',
        'ਐਮਸੇਵਾ, ਐਪ, ਔਨਲਾਈਨ, ਭੁਗਤਾਨ',
        'ଏମସେବା, ଆପ, ଅନଲାଇନ, ପଇଠ',
      ],
    ),
  ],
  [
    'Canal Based Water Supply Project',
    describe(
      [
        'Canal-Based Water Supply Project',
        'नहर आधारित जल आपूर्ति परियोजना',
        'ਨਹਿਰੀ ਪਾਣੀ ਸਪਲਾਈ ਪ੍ਰੋਜੈਕਟ',
        'କେନାଲ ଭିତ୍ତିକ ଜଳଯୋଗାଣ ପ୍ରକଳ୍ପ',
      ],
      [
        'canal, project, canal water, pipeline',
        'नहर, परियोजना, प्रोजेक्ट, पाइपलाइन',
        'ਨਹਿਰ, ਨਹਿਰੀ, ਪ੍ਰੋਜੈਕਟ, ਪਾਈਪਲਾਈਨ',
        'କେନାଲ, ପ୍ରକଳ୍ପ, ପାଇପଲାଇନ',
      ],
    ),
  ],
  [
    'environmentRelated',
    describe(
      ['Environment', 'पर्यावरण', 'ਵਾਤਾਵਰਣ', 'ପରିବେଶ'],
      ['environment, pollution, air quality, smog', 'पर्यावरण, प्रदूषण', 'ਵਾਤਾਵਰਣ, ਪ੍ਰਦੂਸ਼ਣ', 'ପରିବେଶ, ପ୍ରଦୂଷଣ'],
    ),
  ],
  [
    'eGovernanceRelated',
    describe(
      ['e-Governance', 'ई-गवर्नेंस', 'ਈ-ਗਵਰਨੈਂਸ', 'ଇ-ଗଭର୍ନାନ୍ସ'],
      [
        'egov, e-governance, online, website, portal',
        'ई-गवर्नेंस, ऑनलाइन, वेबसाइट, पोर्टल',
        'ਈ-ਗਵਰਨੈਂਸ, ਔਨਲਾਈਨ, ਵੈੱਬਸਾਈਟ, ਪੋਰਟਲ',
        'ଇ-ଗଭର୍ନାନ୍ସ, ଅନଲାଇନ, ୱେବସାଇଟ, ପୋର୍ଟାଲ',
      ],
    ),
  ],
  [
    uncategorised,
    describe(['Other', 'अन्य', 'ਹੋਰ', 'ଅନ୍ୟାନ୍ୟ'], ['other, others, miscellaneous', 'अन्य', 'ਹੋਰ', 'ଅନ୍ୟ']),
  ],
]);

/** Complaint types by DIGIT service code. */
export const complaintText: ReadonlyMap<string, Described> = new Map([
  // Street lights
  [
    'NoStreetlight',
    describe(
      ['No Street Light', 'स्ट्रीट लाइट नहीं है', 'ਸਟ੍ਰੀਟ ਲਾਈਟ ਨਹੀਂ ਹੈ', 'ଷ୍ଟ୍ରିଟ ଲାଇଟ ନାହିଁ'],
      ['missing, no light', 'लाइट नहीं', 'ਲਾਈਟ ਨਹੀਂ', 'ଆଲୋକ ନାହିଁ'],
    ),
  ],
  [
    'StreetLightNotWorking',
    describe(
      [
        'Street or Park Light Not Working',
        'स्ट्रीट या पार्क की लाइट काम नहीं कर रही',
        'ਸਟ੍ਰੀਟ ਜਾਂ ਪਾਰਕ ਦੀ ਲਾਈਟ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ',
        'ରାସ୍ତା ବା ପାର୍କର ଆଲୋକ କାମ କରୁନାହିଁ',
      ],
      [
        'not working, broken, fused, off, park light, repair',
        'खराब, ख़राब, बंद, फ्यूज, जलती, जल रही',
        'ਖ਼ਰਾਬ, ਖਰਾਬ, ਬੰਦ, ਫਿਊਜ਼, ਜਗਦੀ, ਜਗ ਰਹੀ',
        'ଖରାପ, ବନ୍ଦ, ଜଳୁନାହିଁ, ଫ୍ୟୁଜ',
      ],
    ),
  ],
  [
    'InstallationOfNewStreetLight',
    describe(
      [
        'Installation of New Street Light',
        'नई स्ट्रीट लाइट लगवाना',
        'ਨਵੀਂ ਸਟ੍ਰੀਟ ਲਾਈਟ ਲਗਵਾਉਣੀ',
        'ନୂଆ ଷ୍ଟ୍ରିଟ ଲାଇଟ ଲଗାଇବା',
      ],
      ['new, install, installation', 'नई, लगवाना, लगाना', 'ਨਵੀਂ, ਲਗਵਾਉਣੀ, ਲਗਾਉਣੀ', 'ନୂଆ, ଲଗାଇବା'],
    ),
  ],
  [
    'ReplacementOfTrafficLights',
    describe(
      ['Replacement of Traffic Lights', 'ट्रैफिक लाइट बदलना', 'ਟ੍ਰੈਫਿਕ ਲਾਈਟਾਂ ਬਦਲਣੀਆਂ', 'ଟ୍ରାଫିକ ଲାଇଟ ବଦଳାଇବା'],
      ['traffic, signal, replace', 'ट्रैफिक, सिग्नल, बदलना', 'ਟ੍ਰੈਫਿਕ, ਸਿਗਨਲ, ਬਦਲਣੀ', 'ଟ୍ରାଫିକ, ସିଗନାଲ, ବଦଳାଇବା'],
    ),
  ],
  [
    'MaintenanceOfLightsOfAllParksGreenBelts',
    describe(
      [
        'Maintenance of Lights in Parks and Green Belts',
        'पार्कों और ग्रीन बेल्ट की लाइटों का रखरखाव',
        'ਪਾਰਕਾਂ ਅਤੇ ਗ੍ਰੀਨ ਬੈਲਟਾਂ ਦੀਆਂ ਲਾਈਟਾਂ ਦੀ ਸਾਂਭ-ਸੰਭਾਲ',
        'ପାର୍କ ଓ ସବୁଜ ବେଲ୍ଟର ଆଲୋକ ରକ୍ଷଣାବେକ୍ଷଣ',
      ],
      ['park, green belt, maintenance', 'पार्क, रखरखाव', 'ਪਾਰਕ, ਸਾਂਭ-ਸੰਭਾਲ', 'ପାର୍କ, ରକ୍ଷଣାବେକ୍ଷଣ'],
    ),
  ],
  // Garbage
  [
    'GarbageNeedsTobeCleared',
    describe(
      ['Garbage Needs to Be Cleared', 'कूड़ा उठाने की ज़रूरत है', 'ਕੂੜਾ ਚੁੱਕਣ ਦੀ ਲੋੜ ਹੈ', 'ଅଳିଆ ସଫା କରିବା ଦରକାର'],
      [
        'pile, collect, collection, lift, not collected, door to door, clean',
        'ढेर, उठाना, उठाया, सफाई',
        'ਢੇਰ, ਚੁੱਕਣਾ, ਚੁੱਕਿਆ, ਸਫ਼ਾਈ',
        'ଗଦା, ଉଠାଇବା, ସଫା',
      ],
    ),
  ],
  [
    'BurningOfGarbage',
    describe(
      ['Burning of Garbage', 'कूड़ा जलाना', 'ਕੂੜਾ ਸਾੜਨਾ', 'ଅଳିଆ ପୋଡ଼ିବା'],
      ['burn, burning, fire, smoke', 'जलाना, जला रहे, आग, धुआं', 'ਸਾੜਨਾ, ਸਾੜ ਰਹੇ, ਅੱਗ, ਧੂੰਆਂ', 'ପୋଡ଼ିବା, ନିଆଁ, ଧୂଆଁ'],
    ),
  ],
  [
    'DamagedGarbageBin',
    describe(
      ['Damaged Garbage Bin', 'टूटा हुआ कूड़ेदान', 'ਟੁੱਟਿਆ ਹੋਇਆ ਕੂੜੇਦਾਨ', 'ଭଙ୍ଗା ଡଷ୍ଟବିନ'],
      [
        'bin, dustbin, broken, damaged, overflowing bin',
        'कूड़ेदान, कूड़ादान, डस्टबिन, टूटा',
        'ਕੂੜੇਦਾਨ, ਡਸਟਬਿਨ, ਟੁੱਟਿਆ',
        'ଡଷ୍ଟବିନ, ଅଳିଆ ବାକ୍ସ, ଭଙ୍ଗା',
      ],
    ),
  ],
  [
    'NonSweepingOfRoad',
    describe(
      ['Road Not Swept', 'सड़क पर झाड़ू नहीं लगी', 'ਸੜਕ ਦੀ ਸਫ਼ਾਈ (ਝਾੜੂ) ਨਹੀਂ ਹੋਈ', 'ରାସ୍ତା ଝାଡ଼ୁ ହୋଇନାହିଁ'],
      ['sweep, sweeping, sweeper, broom, road', 'झाड़ू, सड़क, सफाई कर्मचारी', 'ਝਾੜੂ, ਸੜਕ', 'ଝାଡ଼ୁ, ରାସ୍ତା'],
    ),
  ],
  [
    'CongressGrassCutting',
    describe(
      ['Congress Grass Cutting', 'कांग्रेस घास की कटाई', 'ਕਾਂਗਰਸ ਘਾਹ ਦੀ ਕਟਾਈ', 'କଂଗ୍ରେସ ଘାସ କଟା'],
      [
        'grass, weeds, parthenium, congress grass',
        'घास, गाजर घास, खरपतवार',
        'ਘਾਹ, ਗਾਜਰ ਘਾਹ, ਨਦੀਨ',
        'ଘାସ, ଗାଜର ଘାସ, ପାର୍ଥେନିୟମ',
      ],
    ),
  ],
  // Drains
  [
    'OverflowingOrBlockedDrain',
    describe(
      [
        'Overflowing or Blocked Drain',
        'नाली बंद है या उफन रही है',
        'ਨਾਲੀ ਬੰਦ ਹੈ ਜਾਂ ਓਵਰਫਲੋ ਹੋ ਰਹੀ ਹੈ',
        'ନାଳ ବନ୍ଦ ବା ଉପଚି ପଡ଼ୁଛି',
      ],
      [
        'overflowing, overflow, blocked, choked, clogged',
        'बंद, जाम, उफन, भरी',
        'ਬੰਦ, ਜਾਮ, ਓਵਰਫਲੋ, ਭਰੀ',
        'ବନ୍ଦ, ଉପଚି',
      ],
    ),
  ],
  [
    'CleaningOfDrains',
    describe(
      ['Cleaning of Drains', 'नालियों की सफाई', 'ਨਾਲੀਆਂ ਦੀ ਸਫ਼ਾਈ', 'ନାଳ ସଫେଇ'],
      ['clean, cleaning, silt', 'सफाई, गाद', 'ਸਫ਼ਾਈ, ਗਾਰ', 'ସଫେଇ, ପଙ୍କ'],
    ),
  ],
  [
    'WaterEnteredHouseRainySeason',
    describe(
      [
        'Rainwater Entered House',
        'बारिश में घर में पानी घुस गया',
        'ਮੀਂਹ ਵਿੱਚ ਘਰ ਅੰਦਰ ਪਾਣੀ ਵੜ ਗਿਆ',
        'ବର୍ଷାରେ ଘରେ ପାଣି ପଶିଗଲା',
      ],
      [
        'rain, rainwater, flood, flooding, house, waterlogging',
        'बारिश, बरसात, बाढ़, घर, पानी भरा',
        'ਮੀਂਹ, ਬਾਰਿਸ਼, ਹੜ੍ਹ, ਘਰ',
        'ବର୍ଷା, ବନ୍ୟା, ଘର',
      ],
    ),
  ],
  // Water and sewerage
  [
    'illegalDischargeOfSewage',
    describe(
      ['Illegal Discharge of Sewage', 'सीवेज का अवैध बहाव', 'ਸੀਵਰੇਜ ਦਾ ਨਾਜਾਇਜ਼ ਵਹਾਅ', 'ଅବୈଧ ଭାବେ ମଇଳା ପାଣି ନିଷ୍କାସନ'],
      [
        'discharge, illegal, dirty water, open sewage',
        'अवैध, बहाव, गंदा पानी',
        'ਨਾਜਾਇਜ਼, ਵਹਾਅ, ਗੰਦਾ ਪਾਣੀ',
        'ଅବୈଧ, ନିଷ୍କାସନ, ମଇଳା ପାଣି',
      ],
    ),
  ],
  [
    'BlockOrOverflowingSewage',
    describe(
      [
        'Blocked or Overflowing Sewer',
        'सीवर बंद है या उफन रहा है',
        'ਸੀਵਰ ਬੰਦ ਹੈ ਜਾਂ ਓਵਰਫਲੋ ਹੋ ਰਿਹਾ ਹੈ',
        'ସିୱର ବନ୍ଦ ବା ଉପଚି ପଡ଼ୁଛି',
      ],
      [
        'blocked, overflowing, overflow, choked, smell',
        'बंद, जाम, उफन, बदबू',
        'ਬੰਦ, ਜਾਮ, ਓਵਰਫਲੋ, ਬਦਬੂ',
        'ବନ୍ଦ, ଉପଚି, ଦୁର୍ଗନ୍ଧ',
      ],
    ),
  ],
  [
    'ShortageOfWater',
    describe(
      [
        'Water Shortage or No Water Supply',
        'पानी की कमी या पानी नहीं आ रहा',
        'ਪਾਣੀ ਦੀ ਘਾਟ ਜਾਂ ਪਾਣੀ ਨਹੀਂ ਆ ਰਿਹਾ',
        'ପାଣି ଅଭାବ ବା ପାଣି ଯୋଗାଣ ନାହିଁ',
      ],
      ['shortage, less water, drinking water', 'कमी, पीने का पानी', 'ਘਾਟ, ਪੀਣ ਵਾਲਾ ਪਾਣੀ', 'ଅଭାବ, ପାନୀୟ ଜଳ'],
    ),
  ],
  [
    'DirtyWaterSupply',
    describe(
      ['Dirty Water Supply', 'गंदे पानी की सप्लाई', 'ਗੰਦੇ ਪਾਣੀ ਦੀ ਸਪਲਾਈ', 'ମଇଳା ପାଣି ଯୋଗାଣ'],
      ['dirty, contaminated, muddy, smelly, impure', 'गंदा, गंदे, दूषित, मटमैला', 'ਗੰਦਾ, ਗੰਦੇ, ਦੂਸ਼ਿਤ', 'ମଇଳା, ଦୂଷିତ'],
    ),
  ],
  [
    'BrokenWaterPipeOrLeakage',
    describe(
      [
        'Broken Water Pipe or Leakage',
        'पानी की पाइप टूटी है या लीक हो रही है',
        'ਪਾਣੀ ਦੀ ਪਾਈਪ ਟੁੱਟੀ ਹੈ ਜਾਂ ਲੀਕ ਹੋ ਰਹੀ ਹੈ',
        'ପାଣି ପାଇପ ଭାଙ୍ଗିଛି ବା ଲିକ ହେଉଛି',
      ],
      ['broken, leak, leakage, leaking, burst', 'टूटी, लीक, रिसाव', 'ਟੁੱਟੀ, ਲੀਕ', 'ଭାଙ୍ଗିଛି, ଲିକ'],
    ),
  ],
  [
    'WaterPressureisVeryLess',
    describe(
      ['Very Low Water Pressure', 'पानी का प्रेशर बहुत कम है', 'ਪਾਣੀ ਦਾ ਪ੍ਰੈਸ਼ਰ ਬਹੁਤ ਘੱਟ ਹੈ', 'ପାଣିର ଚାପ ବହୁତ କମ'],
      ['pressure, low, slow', 'प्रेशर, दबाव, कम', 'ਪ੍ਰੈਸ਼ਰ, ਘੱਟ', 'ଚାପ, କମ'],
    ),
  ],
  [
    'NoWaterSupply',
    describe(
      ['No Water Supply', 'पानी की सप्लाई नहीं', 'ਪਾਣੀ ਦੀ ਸਪਲਾਈ ਨਹੀਂ', 'ପାଣି ଯୋଗାଣ ନାହିଁ'],
      ['no water, dry tap', 'सप्लाई, पानी नहीं', 'ਸਪਲਾਈ, ਪਾਣੀ ਨਹੀਂ', 'ଯୋଗାଣ'],
    ),
  ],
  [
    'SewageMainHoleCoverMissingOrBroken',
    describe(
      [
        'Sewer Manhole Cover Missing, Broken or Not Properly Placed',
        'सीवर के मैनहोल का ढक्कन गायब, टूटा या ठीक से नहीं रखा',
        'ਸੀਵਰ ਦੇ ਮੈਨਹੋਲ ਦਾ ਢੱਕਣ ਗਾਇਬ, ਟੁੱਟਿਆ ਜਾਂ ਠੀਕ ਨਹੀਂ ਰੱਖਿਆ',
        'ସିୱର ମ୍ୟାନହୋଲ ଢାଙ୍କୁଣି ନାହିଁ, ଭାଙ୍ଗିଛି ବା ଠିକ ଭାବେ ରଖାଯାଇନାହିଁ',
      ],
      ['manhole, cover, lid, open manhole', 'मैनहोल, ढक्कन', 'ਮੈਨਹੋਲ, ਢੱਕਣ', 'ମ୍ୟାନହୋଲ, ଢାଙ୍କୁଣି'],
    ),
  ],
  [
    'SewerageManholeCoverRaising',
    describe(
      [
        'Raising of Sewer Manhole Cover',
        'सीवर मैनहोल का ढक्कन ऊंचा करना',
        'ਸੀਵਰ ਮੈਨਹੋਲ ਦਾ ਢੱਕਣ ਉੱਚਾ ਕਰਨਾ',
        'ସିୱର ମ୍ୟାନହୋଲ ଢାଙ୍କୁଣି ଉଚ୍ଚ କରିବା',
      ],
      ['manhole, cover, raise, level', 'मैनहोल, ढक्कन, ऊंचा', 'ਮੈਨਹੋਲ, ਢੱਕਣ, ਉੱਚਾ', 'ମ୍ୟାନହୋଲ, ଢାଙ୍କୁଣି, ଉଚ୍ଚ'],
    ),
  ],
  [
    'CleaningOfSewageRemoveSLURRYGaar',
    describe(
      [
        'Sewer Cleaning (Removal of Slurry)',
        'सीवर की सफाई (गाद निकालना)',
        'ਸੀਵਰ ਦੀ ਸਫ਼ਾਈ (ਗਾਰ ਕੱਢਣੀ)',
        'ସିୱର ସଫେଇ (ପଙ୍କ କାଢ଼ିବା)',
      ],
      ['slurry, gaar, silt, cleaning', 'गाद, गार, सफाई', 'ਗਾਰ, ਸਫ਼ਾਈ', 'ପଙ୍କ, ସଫେଇ'],
    ),
  ],
  [
    'ImproperTimingOfWaterSupply',
    describe(
      [
        'Irregular Timing of Water Supply',
        'पानी की सप्लाई का समय ठीक नहीं',
        'ਪਾਣੀ ਦੀ ਸਪਲਾਈ ਦਾ ਸਮਾਂ ਠੀਕ ਨਹੀਂ',
        'ପାଣି ଯୋଗାଣର ସମୟ ଠିକ ନୁହେଁ',
      ],
      ['timing, time, schedule, irregular', 'समय, टाइम', 'ਸਮਾਂ, ਟਾਈਮ', 'ସମୟ'],
    ),
  ],
  [
    'CleaningOfRoadGullies',
    describe(
      [
        'Cleaning of Road Gullies',
        'सड़क की जल निकासी जालियों (रोड गली) की सफाई',
        'ਸੜਕ ਦੀਆਂ ਰੋਡ ਗਲੀਆਂ ਦੀ ਸਫ਼ਾਈ',
        'ରାସ୍ତାର ଜଳ ନିଷ୍କାସନ ଗଲି ସଫେଇ',
      ],
      ['gully, gullies, road gully, storm drain', 'रोड गली, जाली', 'ਰੋਡ ਗਲੀ, ਜਾਲੀ', 'ଗଲି, ଜାଲି'],
    ),
  ],
  // Property tax
  [
    'HowToPayPT',
    describe(
      ['How to Pay Property Tax', 'प्रॉपर्टी टैक्स कैसे भरें', 'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਕਿਵੇਂ ਭਰੀਏ', 'ସମ୍ପତ୍ତି କର କିପରି ଦେବେ'],
      ['pay, payment, how', 'भुगतान, कैसे, भरना', 'ਭੁਗਤਾਨ, ਕਿਵੇਂ, ਭਰਨਾ', 'ପଇଠ, କିପରି'],
    ),
  ],
  [
    'WrongCalculationPT',
    describe(
      [
        'Wrong Property Tax Calculation',
        'प्रॉपर्टी टैक्स की गलत गणना',
        'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਦੀ ਗ਼ਲਤ ਗਣਨਾ',
        'ସମ୍ପତ୍ତି କରର ଭୁଲ ହିସାବ',
      ],
      ['wrong, calculation, assessment, excess', 'गलत, गणना, हिसाब', 'ਗ਼ਲਤ, ਗਣਨਾ, ਹਿਸਾਬ', 'ଭୁଲ, ହିସାବ'],
    ),
  ],
  [
    'ReceiptNotGenerated',
    describe(
      ['Receipt Not Generated', 'रसीद नहीं बनी', 'ਰਸੀਦ ਨਹੀਂ ਬਣੀ', 'ରସିଦ ମିଳିନାହିଁ'],
      ['receipt, generate', 'रसीद', 'ਰਸੀਦ', 'ରସିଦ'],
    ),
  ],
  [
    'others',
    describe(
      [
        'Other Property Tax Issue',
        'प्रॉपर्टी टैक्स से जुड़ी अन्य समस्या',
        'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਨਾਲ ਸਬੰਧਤ ਹੋਰ ਸਮੱਸਿਆ',
        'ସମ୍ପତ୍ତି କର ସମ୍ବନ୍ଧୀୟ ଅନ୍ୟ ସମସ୍ୟା',
      ],
      ['other', 'अन्य', 'ਹੋਰ', 'ଅନ୍ୟ'],
    ),
  ],
  [
    'RegardingClarificationOfArrears',
    describe(
      [
        'Clarification of Arrears',
        'बकाया राशि के बारे में स्पष्टीकरण',
        'ਬਕਾਏ ਬਾਰੇ ਸਪਸ਼ਟੀਕਰਨ',
        'ବକେୟା ସମ୍ବନ୍ଧରେ ସ୍ପଷ୍ଟୀକରଣ',
      ],
      ['arrears, dues, pending amount', 'बकाया', 'ਬਕਾਇਆ, ਬਕਾਏ', 'ବକେୟା'],
    ),
  ],
  [
    'RegardingPenalties',
    describe(
      ['About Penalties', 'जुर्माने के बारे में', 'ਜੁਰਮਾਨੇ ਬਾਰੇ', 'ଜରିମାନା ସମ୍ବନ୍ଧରେ'],
      ['penalty, penalties, fine, interest', 'जुर्माना, ब्याज', 'ਜੁਰਮਾਨਾ, ਵਿਆਜ', 'ଜରିମାନା, ସୁଧ'],
    ),
  ],
  [
    'RegardingDatesOfDepositionOfPropertyTax',
    describe(
      [
        'Due Dates for Paying Property Tax',
        'प्रॉपर्टी टैक्स जमा करने की तारीखें',
        'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਜਮ੍ਹਾਂ ਕਰਵਾਉਣ ਦੀਆਂ ਤਰੀਕਾਂ',
        'ସମ୍ପତ୍ତି କର ଜମା କରିବାର ତାରିଖ',
      ],
      [
        'date, dates, deadline, due date, deposit',
        'तारीख, अंतिम तिथि, जमा',
        'ਤਰੀਕ, ਆਖ਼ਰੀ ਤਰੀਕ, ਜਮ੍ਹਾਂ',
        'ତାରିଖ, ଶେଷ ତାରିଖ, ଜମା',
      ],
    ),
  ],
  [
    'RegardingInformationAboutLatestNotificationsInstructions',
    describe(
      [
        'Latest Property Tax Notifications and Instructions',
        'ताज़ा अधिसूचनाओं और निर्देशों की जानकारी',
        'ਤਾਜ਼ਾ ਨੋਟੀਫਿਕੇਸ਼ਨਾਂ ਅਤੇ ਹਦਾਇਤਾਂ ਦੀ ਜਾਣਕਾਰੀ',
        'ସଦ୍ୟତମ ବିଜ୍ଞପ୍ତି ଓ ନିର୍ଦ୍ଦେଶନାମା ବିଷୟରେ ସୂଚନା',
      ],
      [
        'notification, instructions, information, latest',
        'अधिसूचना, निर्देश, जानकारी',
        'ਨੋਟੀਫਿਕੇਸ਼ਨ, ਹਦਾਇਤਾਂ, ਜਾਣਕਾਰੀ',
        'ବିଜ୍ଞପ୍ତି, ନିର୍ଦ୍ଦେଶ, ସୂଚନା',
      ],
    ),
  ],
  // Roads and footpaths
  [
    'DamagedRoad',
    describe(
      ['Damaged Road', 'टूटी हुई सड़क', 'ਟੁੱਟੀ ਹੋਈ ਸੜਕ', 'ଭଙ୍ଗା ରାସ୍ତା'],
      ['damaged, broken, pothole, potholes, hole, crack', 'टूटी, गड्ढे, खराब', 'ਟੁੱਟੀ, ਟੋਏ, ਖ਼ਰਾਬ', 'ଭଙ୍ଗା, ଗାତ, ଖରାପ'],
    ),
  ],
  [
    'WaterLoggedRoad',
    describe(
      [
        'Waterlogged, Broken or Unclean Road',
        'सड़क पर जलभराव, टूटी या गंदी सड़क',
        "ਸੜਕ 'ਤੇ ਪਾਣੀ ਖੜ੍ਹਾ, ਟੁੱਟੀ ਜਾਂ ਗੰਦੀ ਸੜਕ",
        'ରାସ୍ତାରେ ପାଣି ଜମା, ଭଙ୍ଗା ବା ଅସଫା ରାସ୍ତା',
      ],
      [
        'waterlogged, waterlogging, puddle, flooded, standing water, unclean',
        'जलभराव, पानी भरा, गंदी',
        'ਪਾਣੀ ਖੜ੍ਹਾ, ਗੰਦੀ',
        'ପାଣି ଜମା, ଅସଫା',
      ],
    ),
  ],
  [
    'ManholeCoverMissingOrDamaged',
    describe(
      [
        'Manhole Cover Missing, Damaged or at Wrong Level',
        'मैनहोल का ढक्कन गायब, टूटा या गलत ऊंचाई पर',
        "ਮੈਨਹੋਲ ਦਾ ਢੱਕਣ ਗਾਇਬ, ਟੁੱਟਿਆ ਜਾਂ ਗ਼ਲਤ ਪੱਧਰ 'ਤੇ",
        'ମ୍ୟାନହୋଲ ଢାଙ୍କୁଣି ନାହିଁ, ଭାଙ୍ଗିଛି ବା ଠିକ ସ୍ତରରେ ନାହିଁ',
      ],
      ['manhole, cover, lid, open manhole', 'मैनहोल, ढक्कन', 'ਮੈਨਹੋਲ, ਢੱਕਣ', 'ମ୍ୟାନହୋଲ, ଢାଙ୍କୁଣି'],
    ),
  ],
  [
    'DamagedOrBlockedFootpath',
    describe(
      ['Damaged or Blocked Footpath', 'टूटा या रुका हुआ फुटपाथ', 'ਟੁੱਟਿਆ ਜਾਂ ਰੁਕਿਆ ਫੁੱਟਪਾਥ', 'ଭଙ୍ଗା ବା ଅବରୋଧିତ ଫୁଟପାଥ'],
      ['sidewalk, blocked, broken tiles', 'टूटा, रुका', 'ਟੁੱਟਿਆ, ਰੁਕਿਆ', 'ଭଙ୍ଗା, ଅବରୋଧିତ'],
    ),
  ],
  [
    'ConstructionMaterialLyingOntheRoad',
    describe(
      [
        'Construction Material Lying on the Road',
        'सड़क पर पड़ी निर्माण सामग्री',
        "ਸੜਕ 'ਤੇ ਪਿਆ ਉਸਾਰੀ ਦਾ ਸਾਮਾਨ",
        'ରାସ୍ତାରେ ପଡ଼ିଥିବା ନିର୍ମାଣ ସାମଗ୍ରୀ',
      ],
      [
        'construction material, debris, malba, sand, bricks, rubble',
        'मलबा, रेत, ईंट, निर्माण सामग्री',
        'ਮਲਬਾ, ਰੇਤ, ਇੱਟਾਂ, ਉਸਾਰੀ',
        'ମଲବା, ବାଲି, ଇଟା, ନିର୍ମାଣ',
      ],
    ),
  ],
  [
    'IllegalRehriesOnRoad',
    describe(
      ['Illegal Rehris (Carts) on Road', 'सड़क पर अवैध रेहड़ियां', "ਸੜਕ 'ਤੇ ਨਾਜਾਇਜ਼ ਰੇਹੜੀਆਂ", 'ରାସ୍ତାରେ ବେଆଇନ ଠେଲାଗାଡ଼ି'],
      [
        'rehri, rehris, cart, vendor, hawker, encroachment',
        'रेहड़ी, ठेला, अतिक्रमण',
        'ਰੇਹੜੀ, ਰੇਹੜੀਆਂ, ਕਬਜ਼ਾ',
        'ଠେଲାଗାଡ଼ି, ବେପାରୀ, ଜବରଦଖଲ',
      ],
    ),
  ],
  [
    'RoadJalliBroken',
    describe(
      ['Broken Road Grating (Jalli)', 'सड़क की जाली टूटी', 'ਸੜਕ ਦੀ ਜਾਲੀ ਟੁੱਟੀ', 'ରାସ୍ତାର ଜାଲି ଭାଙ୍ଗିଛି'],
      ['jalli, grating, grill, broken', 'जाली, टूटी', 'ਜਾਲੀ, ਟੁੱਟੀ', 'ଜାଲି, ଭାଙ୍ଗିଛି'],
    ),
  ],
  [
    'RequestForConstructionOfNewRoadsFootpathsPavements',
    describe(
      [
        'Request for New Road, Footpath or Pavement',
        'नई सड़क, फुटपाथ या पेवमेंट बनाने का अनुरोध',
        'ਨਵੀਂ ਸੜਕ, ਫੁੱਟਪਾਥ ਜਾਂ ਪੇਵਮੈਂਟ ਬਣਾਉਣ ਦੀ ਬੇਨਤੀ',
        'ନୂଆ ରାସ୍ତା, ଫୁଟପାଥ ବା ପେଭମେଣ୍ଟ ନିର୍ମାଣ ପାଇଁ ଅନୁରୋଧ',
      ],
      ['new, construction, build, request', 'नई, निर्माण, अनुरोध', 'ਨਵੀਂ, ਉਸਾਰੀ, ਬੇਨਤੀ', 'ନୂଆ, ନିର୍ମାଣ, ଅନୁରୋଧ'],
    ),
  ],
  [
    'MaintenanceOfRoadsWithPatchWork',
    describe(
      ['Road Patchwork Repair', 'सड़क की पैचवर्क मरम्मत', 'ਸੜਕ ਦੀ ਪੈਚ ਵਰਕ ਮੁਰੰਮਤ', 'ରାସ୍ତାର ପ୍ୟାଚ ମରାମତି'],
      ['patch, patchwork, repair, maintenance', 'पैच, पैचवर्क, मरम्मत', 'ਪੈਚ, ਮੁਰੰਮਤ', 'ପ୍ୟାଚ, ମରାମତି'],
    ),
  ],
  [
    'RepairOfCulvertsCauseWays',
    describe(
      [
        'Repair of Culverts and Causeways',
        'पुलिया और कॉजवे की मरम्मत',
        'ਪੁਲੀ ਅਤੇ ਕਾਜ਼ਵੇ ਦੀ ਮੁਰੰਮਤ',
        'କଲଭର୍ଟ ଓ କଜୱେ ମରାମତି',
      ],
      ['culvert, causeway, small bridge, puli', 'पुलिया, पुल', 'ਪੁਲੀ, ਪੁਲ', 'କଲଭର୍ଟ, ପୋଲ'],
    ),
  ],
  [
    'MarkingOfRoads',
    describe(
      ['Road Marking', 'सड़क पर मार्किंग', "ਸੜਕ 'ਤੇ ਮਾਰਕਿੰਗ", 'ରାସ୍ତା ମାର୍କିଂ'],
      [
        'marking, zebra crossing, lines, paint',
        'मार्किंग, ज़ेबरा क्रॉसिंग, पट्टी',
        'ਮਾਰਕਿੰਗ, ਜ਼ੈਬਰਾ ਕਰਾਸਿੰਗ',
        'ମାର୍କିଂ, ଜେବ୍ରା କ୍ରସିଂ',
      ],
    ),
  ],
  // Mosquitoes
  [
    'RequestSprayingOrFoggingOperation',
    describe(
      [
        'Request for Spraying or Fogging',
        'दवा छिड़काव या फॉगिंग का अनुरोध',
        'ਦਵਾਈ ਦੇ ਛਿੜਕਾਅ ਜਾਂ ਫੌਗਿੰਗ ਦੀ ਬੇਨਤੀ',
        'ଔଷଧ ସ୍ପ୍ରେ ବା ଫଗିଂ ପାଇଁ ଅନୁରୋଧ',
      ],
      ['fogging, spraying, fog', 'फॉगिंग, छिड़काव, दवा', 'ਫੌਗਿੰਗ, ਛਿੜਕਾਅ, ਦਵਾਈ', 'ଫଗିଂ, ସ୍ପ୍ରେ, ଔଷଧ'],
    ),
  ],
  [
    'RequestForFumigation',
    describe(
      [
        'Request for Fumigation',
        'धूमन (फ्यूमिगेशन) का अनुरोध',
        'ਧੂਣੀ (ਫਿਊਮੀਗੇਸ਼ਨ) ਦੀ ਬੇਨਤੀ',
        'ଧୂଆଁ ଦେବା (ଫ୍ୟୁମିଗେସନ) ପାଇଁ ଅନୁରୋଧ',
      ],
      ['fumigation, insects, pest', 'फ्यूमिगेशन, धूमन, कीड़े', 'ਫਿਊਮੀਗੇਸ਼ਨ, ਧੂਣੀ, ਕੀੜੇ', 'ଫ୍ୟୁମିଗେସନ, କୀଟ'],
    ),
  ],
  // Animals
  [
    'StrayAnimals',
    describe(
      ['Lifting of Stray Animals', 'आवारा पशुओं को पकड़ना', 'ਅਵਾਰਾ ਪਸ਼ੂਆਂ ਨੂੰ ਫੜਨਾ', 'ବୁଲା ପଶୁ ଧରିବା'],
      ['stray, bite, menace, catch', 'आवारा, काटना, पकड़ना', 'ਅਵਾਰਾ, ਵੱਢਣਾ, ਫੜਨਾ', 'ବୁଲା, କାମୁଡ଼ା, ଧରିବା'],
    ),
  ],
  [
    'DeadAnimals',
    describe(
      ['Removal of Dead Animals', 'मरे हुए पशु को हटाना', 'ਮਰੇ ਹੋਏ ਪਸ਼ੂ ਨੂੰ ਚੁੱਕਣਾ', 'ମୃତ ପଶୁ ହଟାଇବା'],
      ['dead, carcass, body', 'मरा, मरे, मृत, लाश', 'ਮਰਿਆ, ਮਰੇ, ਲਾਸ਼', 'ମୃତ, ମରା, ଶବ'],
    ),
  ],
  [
    'ProvisionofShedsForAnimals',
    describe(
      ['Sheds for Animals', 'पशुओं के लिए शेड', 'ਪਸ਼ੂਆਂ ਲਈ ਸ਼ੈੱਡ', 'ପଶୁଙ୍କ ପାଇଁ ଛାଉଣି'],
      ['shed, shelter, gaushala', 'शेड, आश्रय, गौशाला', 'ਸ਼ੈੱਡ, ਗਊਸ਼ਾਲਾ', 'ଛାଉଣି, ଆଶ୍ରୟ, ଗୋଶାଳା'],
    ),
  ],
  // Public toilets
  [
    'DirtyOrSmellyPublicToilets',
    describe(
      [
        'Poorly Maintained Public Toilet',
        'सार्वजनिक शौचालय की ठीक से देखभाल नहीं',
        'ਜਨਤਕ ਪਖਾਨੇ ਦੀ ਸਹੀ ਦੇਖਭਾਲ ਨਹੀਂ',
        'ସାର୍ବଜନୀନ ଶୌଚାଳୟର ଠିକ ରକ୍ଷଣାବେକ୍ଷଣ ନାହିଁ',
      ],
      ['dirty, smelly, smell, unclean', 'गंदा, बदबू', 'ਗੰਦਾ, ਬਦਬੂ', 'ମଇଳା, ଦୁର୍ଗନ୍ଧ'],
    ),
  ],
  [
    'PublicToiletIsDamaged',
    describe(
      [
        'Public Toilet Is Damaged',
        'सार्वजनिक शौचालय टूटा हुआ है',
        'ਜਨਤਕ ਪਖਾਨਾ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ',
        'ସାର୍ବଜନୀନ ଶୌଚାଳୟ ଭାଙ୍ଗିଯାଇଛି',
      ],
      ['damaged, broken, door', 'टूटा, दरवाज़ा', 'ਟੁੱਟਿਆ, ਦਰਵਾਜ਼ਾ', 'ଭାଙ୍ଗିଛି, କବାଟ'],
    ),
  ],
  [
    'NoWaterOrElectricityinPublicToilet',
    describe(
      [
        'No Water or Electricity in Public Toilet',
        'सार्वजनिक शौचालय में पानी या बिजली नहीं',
        'ਜਨਤਕ ਪਖਾਨੇ ਵਿੱਚ ਪਾਣੀ ਜਾਂ ਬਿਜਲੀ ਨਹੀਂ',
        'ସାର୍ବଜନୀନ ଶୌଚାଳୟରେ ପାଣି ବା ବିଦ୍ୟୁତ ନାହିଁ',
      ],
      ['water, electricity', 'पानी, बिजली', 'ਪਾਣੀ, ਬਿਜਲੀ', 'ପାଣି, ବିଦ୍ୟୁତ'],
    ),
  ],
  // Encroachments and illegal construction
  [
    'IllegalShopsOnFootPath',
    describe(
      ['Illegal Shops on Footpath', 'फुटपाथ पर अवैध दुकानें', "ਫੁੱਟਪਾਥ 'ਤੇ ਨਾਜਾਇਜ਼ ਦੁਕਾਨਾਂ", 'ଫୁଟପାଥରେ ବେଆଇନ ଦୋକାନ'],
      ['shop, shops, footpath, vendor', 'दुकान, दुकानें, फुटपाथ', 'ਦੁਕਾਨ, ਦੁਕਾਨਾਂ, ਫੁੱਟਪਾਥ', 'ଦୋକାନ, ଫୁଟପାଥ'],
    ),
  ],
  [
    'IllegalConstructions',
    describe(
      ['Illegal Construction', 'अवैध निर्माण', 'ਨਾਜਾਇਜ਼ ਉਸਾਰੀ', 'ବେଆଇନ ନିର୍ମାଣ'],
      ['construction, building, build', 'निर्माण, इमारत', 'ਉਸਾਰੀ, ਇਮਾਰਤ', 'ନିର୍ମାଣ, ଅଟ୍ଟାଳିକା'],
    ),
  ],
  [
    'IllegalParking',
    describe(
      ['Illegal Parking', 'अवैध पार्किंग', 'ਨਾਜਾਇਜ਼ ਪਾਰਕਿੰਗ', 'ବେଆଇନ ପାର୍କିଂ'],
      ['parking, parked, car, vehicle', 'पार्किंग, गाड़ी, वाहन', 'ਪਾਰਕਿੰਗ, ਗੱਡੀ, ਵਾਹਨ', 'ପାର୍କିଂ, ଗାଡ଼ି, ଯାନ'],
    ),
  ],
  [
    'IllegalShopsCommercialbuildings',
    describe(
      [
        'Illegal Shops or Commercial Buildings',
        'अवैध दुकानें या व्यावसायिक इमारतें',
        'ਨਾਜਾਇਜ਼ ਦੁਕਾਨਾਂ ਜਾਂ ਵਪਾਰਕ ਇਮਾਰਤਾਂ',
        'ବେଆଇନ ଦୋକାନ ବା ବ୍ୟବସାୟିକ ଅଟ୍ଟାଳିକା',
      ],
      ['shop, commercial, building', 'दुकान, व्यावसायिक, इमारत', 'ਦੁਕਾਨ, ਵਪਾਰਕ, ਇਮਾਰਤ', 'ଦୋକାନ, ବ୍ୟବସାୟିକ, ଅଟ୍ଟାଳିକା'],
    ),
  ],
  [
    'UnauthorizedConstructions',
    describe(
      ['Unauthorised Construction', 'बिना मंज़ूरी का निर्माण', 'ਬਿਨਾਂ ਮਨਜ਼ੂਰੀ ਉਸਾਰੀ', 'ଅନୁମତି ବିନା ନିର୍ମାଣ'],
      ['construction, without permission', 'मंज़ूरी, निर्माण', 'ਮਨਜ਼ੂਰੀ, ਉਸਾਰੀ', 'ଅନୁମତି, ନିର୍ମାଣ'],
    ),
  ],
  [
    'UnauthorizedLandUse',
    describe(
      [
        'Unauthorised Land Use in Premises',
        'परिसर में ज़मीन का अनधिकृत उपयोग',
        'ਅਹਾਤੇ ਵਿੱਚ ਜ਼ਮੀਨ ਦੀ ਅਣਅਧਿਕਾਰਤ ਵਰਤੋਂ',
        'ପରିସରରେ ଜମିର ଅନଧିକୃତ ବ୍ୟବହାର',
      ],
      ['land use, premises, commercial use', 'उपयोग, परिसर', 'ਵਰਤੋਂ, ਅਹਾਤਾ', 'ବ୍ୟବହାର, ପରିସର'],
    ),
  ],
  [
    'ViolationOfMasterPlan',
    describe(
      ['Violation of Master Plan', 'मास्टर प्लान का उल्लंघन', 'ਮਾਸਟਰ ਪਲਾਨ ਦੀ ਉਲੰਘਣਾ', 'ମାଷ୍ଟର ପ୍ଲାନର ଉଲ୍ଲଂଘନ'],
      ['master plan, zoning', 'मास्टर प्लान', 'ਮਾਸਟਰ ਪਲਾਨ', 'ମାଷ୍ଟର ପ୍ଲାନ'],
    ),
  ],
  [
    'MaintenanceOfMonuments',
    describe(
      ['Maintenance of Monuments', 'स्मारकों का रखरखाव', 'ਯਾਦਗਾਰਾਂ ਦੀ ਸਾਂਭ-ਸੰਭਾਲ', 'ସ୍ମାରକୀର ରକ୍ଷଣାବେକ୍ଷଣ'],
      ['monument, heritage, statue', 'स्मारक, धरोहर, मूर्ति', 'ਯਾਦਗਾਰ, ਵਿਰਾਸਤ, ਬੁੱਤ', 'ସ୍ମାରକୀ, ଐତିହ୍ୟ, ପ୍ରତିମୂର୍ତ୍ତି'],
    ),
  ],
  [
    'ExcessiveRampsOfShopsAndHouses',
    describe(
      [
        'Oversized Ramps of Shops and Houses',
        'दुकानों और घरों के बढ़े हुए रैंप',
        'ਦੁਕਾਨਾਂ ਅਤੇ ਘਰਾਂ ਦੇ ਵਧੇ ਹੋਏ ਰੈਂਪ',
        'ଦୋକାନ ଓ ଘରର ଅତିରିକ୍ତ ରାମ୍ପ',
      ],
      ['ramp, ramps, steps', 'रैंप, सीढ़ियां', 'ਰੈਂਪ, ਪੌੜੀਆਂ', 'ରାମ୍ପ, ପାହାଚ'],
    ),
  ],
  [
    'EncroachmentOnAnyKindOnGovernmentLand',
    describe(
      [
        'Encroachment of Any Kind on Government Land',
        'सरकारी ज़मीन पर किसी भी तरह का कब्ज़ा',
        "ਸਰਕਾਰੀ ਜ਼ਮੀਨ 'ਤੇ ਕਿਸੇ ਵੀ ਤਰ੍ਹਾਂ ਦਾ ਕਬਜ਼ਾ",
        'ସରକାରୀ ଜମିରେ ଯେକୌଣସି ପ୍ରକାର ଜବରଦଖଲ',
      ],
      [
        'encroachment, government land, occupied',
        'कब्ज़ा, सरकारी ज़मीन',
        'ਕਬਜ਼ਾ, ਸਰਕਾਰੀ ਜ਼ਮੀਨ',
        'ଜବରଦଖଲ, ସରକାରୀ ଜମି',
      ],
    ),
  ],
  [
    'OverchargeinpaidparkingMCandULBs',
    describe(
      [
        'Overcharging in Paid Parking',
        'पेड पार्किंग में ज़्यादा पैसे वसूलना',
        'ਪੇਡ ਪਾਰਕਿੰਗ ਵਿੱਚ ਵੱਧ ਪੈਸੇ ਵਸੂਲਣਾ',
        'ପେଡ ପାର୍କିଂରେ ଅଧିକ ଟଙ୍କା ଆଦାୟ',
      ],
      [
        'overcharge, overcharging, parking fee, paid parking',
        'ज़्यादा पैसे, पार्किंग शुल्क, पार्किंग',
        'ਵੱਧ ਪੈਸੇ, ਪਾਰਕਿੰਗ',
        'ଅଧିକ ଟଙ୍କା, ପାର୍କିଂ',
      ],
    ),
  ],
  [
    'MisusageOfGovernmentPropertyInPaidParkings',
    describe(
      [
        'Misuse of Government Property in Paid Parking',
        'पेड पार्किंग में सरकारी संपत्ति का दुरुपयोग',
        'ਪੇਡ ਪਾਰਕਿੰਗ ਵਿੱਚ ਸਰਕਾਰੀ ਜਾਇਦਾਦ ਦੀ ਦੁਰਵਰਤੋਂ',
        'ପେଡ ପାର୍କିଂରେ ସରକାରୀ ସମ୍ପତ୍ତିର ଅପବ୍ୟବହାର',
      ],
      ['misuse, parking, government property', 'दुरुपयोग, पार्किंग', 'ਦੁਰਵਰਤੋਂ, ਪਾਰਕਿੰਗ', 'ଅପବ୍ୟବହାର, ପାର୍କିଂ'],
    ),
  ],
  // Trees
  [
    'IllegalCuttingOfTrees',
    describe(
      ['Illegal Cutting of Trees', 'पेड़ों की अवैध कटाई', 'ਰੁੱਖਾਂ ਦੀ ਨਾਜਾਇਜ਼ ਕਟਾਈ', 'ବେଆଇନ ଭାବେ ଗଛ କଟା'],
      ['illegal, cutting, felling', 'अवैध, कटाई', 'ਨਾਜਾਇਜ਼, ਕਟਾਈ', 'ବେଆଇନ, କଟା'],
    ),
  ],
  [
    'CuttingOrTrimmingOfTreeRequired',
    describe(
      [
        'Tree Cutting or Trimming Required',
        'पेड़ की कटाई या छंटाई ज़रूरी',
        'ਰੁੱਖ ਦੀ ਕਟਾਈ ਜਾਂ ਛੰਗਾਈ ਦੀ ਲੋੜ',
        'ଗଛ କାଟିବା ବା ଛାଣ୍ଟିବା ଦରକାର',
      ],
      ['trim, trimming, pruning, fallen, overgrown', 'छंटाई, गिरा', 'ਛੰਗਾਈ, ਡਿੱਗਿਆ', 'ଛାଣ୍ଟିବା, ପଡ଼ିଯାଇଛି'],
    ),
  ],
  [
    'RequestsForPlantingNewtrees',
    describe(
      ['Request for Planting New Trees', 'नए पेड़ लगाने का अनुरोध', 'ਨਵੇਂ ਰੁੱਖ ਲਗਾਉਣ ਦੀ ਬੇਨਤੀ', 'ନୂଆ ଗଛ ଲଗାଇବା ପାଇଁ ଅନୁରୋଧ'],
      ['planting, sapling, plantation, new', 'पौधा, पौधारोपण, नए', 'ਪੌਦਾ, ਬੂਟੇ, ਨਵੇਂ', 'ଚାରା, ବୃକ୍ଷରୋପଣ, ନୂଆ'],
    ),
  ],
  // Open defecation
  [
    'OpenDefecation',
    describe(['Open Defecation', 'खुले में शौच', 'ਖੁੱਲ੍ਹੇ ਵਿੱਚ ਪਖਾਨਾ', 'ଖୋଲା ସ୍ଥାନରେ ଶୌଚ'], ['', '', '', '']),
  ],
  // Parks
  [
    'ParkRequiresMaintenance',
    describe(
      ['Park Requires Maintenance', 'पार्क के रखरखाव की ज़रूरत', 'ਪਾਰਕ ਦੀ ਸਾਂਭ-ਸੰਭਾਲ ਦੀ ਲੋੜ', 'ପାର୍କର ରକ୍ଷଣାବେକ୍ଷଣ ଦରକାର'],
      ['maintenance, swings, benches', 'रखरखाव, झूले, बेंच', 'ਸਾਂਭ-ਸੰਭਾਲ, ਝੂਲੇ', 'ରକ୍ଷଣାବେକ୍ଷଣ, ଦୋଳି'],
    ),
  ],
  [
    'NewParkRequest',
    describe(
      ['Request for a New Park', 'नए पार्क का अनुरोध', 'ਨਵੇਂ ਪਾਰਕ ਦੀ ਬੇਨਤੀ', 'ନୂଆ ପାର୍କ ପାଇଁ ଅନୁରୋଧ'],
      ['new park, new', 'नया, नए', 'ਨਵਾਂ, ਨਵੇਂ', 'ନୂଆ'],
    ),
  ],
  // Birth and death
  [
    'BirthAndDeathCertificates',
    describe(
      ['Birth and Death Certificates', 'जन्म और मृत्यु प्रमाण पत्र', 'ਜਨਮ ਅਤੇ ਮੌਤ ਸਰਟੀਫਿਕੇਟ', 'ଜନ୍ମ ଓ ମୃତ୍ୟୁ ପ୍ରମାଣପତ୍ର'],
      ['certificate, registration', 'प्रमाण पत्र, सर्टिफिकेट', 'ਸਰਟੀਫਿਕੇਟ, ਪ੍ਰਮਾਣ ਪੱਤਰ', 'ପ୍ରମାଣପତ୍ର, ସାର୍ଟିଫିକେଟ'],
    ),
  ],
  // Without a menu path
  ['Others', describe(['Other', 'अन्य', 'ਹੋਰ', 'ଅନ୍ୟାନ୍ୟ'], ['general, misc', 'सामान्य', 'ਆਮ', 'ସାଧାରଣ'])],
  [
    'TransferAndPosting',
    describe(
      ['Transfer and Posting', 'तबादला और तैनाती', 'ਬਦਲੀ ਅਤੇ ਤਾਇਨਾਤੀ', 'ବଦଳି ଓ ପୋଷ୍ଟିଂ'],
      ['transfer, posting', 'तबादला, ट्रांसफर, तैनाती', 'ਬਦਲੀ, ਟ੍ਰਾਂਸਫਰ, ਤਾਇਨਾਤੀ', 'ବଦଳି, ପୋଷ୍ଟିଂ'],
    ),
  ],
  [
    'RecruitmentRelated',
    describe(
      ['Recruitment', 'भर्ती से संबंधित', 'ਭਰਤੀ ਸਬੰਧੀ', 'ନିଯୁକ୍ତି ସମ୍ବନ୍ଧୀୟ'],
      ['recruitment, job, vacancy, hiring', 'भर्ती, नौकरी', 'ਭਰਤੀ, ਨੌਕਰੀ', 'ନିଯୁକ୍ତି, ଚାକିରି'],
    ),
  ],
  [
    'FundsRelated',
    describe(
      ['Funds', 'फंड से संबंधित', 'ਫੰਡਾਂ ਸਬੰਧੀ', 'ପାଣ୍ଠି ସମ୍ବନ୍ଧୀୟ'],
      ['funds, grant, budget', 'फंड, अनुदान, बजट', 'ਫੰਡ, ਗ੍ਰਾਂਟ, ਬਜਟ', 'ପାଣ୍ଠି, ଅନୁଦାନ, ବଜେଟ'],
    ),
  ],
  [
    'TownPlanning',
    describe(
      ['Town Planning', 'नगर नियोजन', 'ਟਾਊਨ ਪਲਾਨਿੰਗ', 'ନଗର ଯୋଜନା'],
      ['building plan, map, approval', 'नक्शा, मंज़ूरी', 'ਨਕਸ਼ਾ, ਮਨਜ਼ੂਰੀ', 'ନକ୍ସା, ଅନୁମୋଦନ'],
    ),
  ],
  [
    'AgainstEmployee',
    describe(
      [
        'Complaint Against an Employee',
        'कर्मचारी के ख़िलाफ़ शिकायत',
        'ਮੁਲਾਜ਼ਮ ਵਿਰੁੱਧ ਸ਼ਿਕਾਇਤ',
        'କର୍ମଚାରୀଙ୍କ ବିରୋଧରେ ଅଭିଯୋଗ',
      ],
      [
        'employee, staff, official, bribe, corruption, behaviour',
        'कर्मचारी, अधिकारी, रिश्वत, भ्रष्टाचार',
        'ਮੁਲਾਜ਼ਮ, ਕਰਮਚਾਰੀ, ਅਧਿਕਾਰੀ, ਰਿਸ਼ਵਤ',
        'କର୍ମଚାରୀ, ଅଧିକାରୀ, ଲାଞ୍ଚ',
      ],
    ),
  ],
  // e-Governance
  [
    'eGovWaterSupply',
    describe(
      ['e-Governance: Water Supply', 'ई-गवर्नेंस: पानी की सप्लाई', 'ਈ-ਗਵਰਨੈਂਸ: ਪਾਣੀ ਦੀ ਸਪਲਾਈ', 'ଇ-ଗଭର୍ନାନ୍ସ: ପାଣି ଯୋଗାଣ'],
      ['water', 'पानी', 'ਪਾਣੀ', 'ପାଣି'],
    ),
  ],
  [
    'eGovSewerage',
    describe(
      ['e-Governance: Sewerage', 'ई-गवर्नेंस: सीवरेज', 'ਈ-ਗਵਰਨੈਂਸ: ਸੀਵਰੇਜ', 'ଇ-ଗଭର୍ନାନ୍ସ: ସିୱରେଜ'],
      ['sewerage, sewer', 'सीवरेज, सीवर', 'ਸੀਵਰੇਜ, ਸੀਵਰ', 'ସିୱରେଜ'],
    ),
  ],
  [
    'eGovPropertyTax',
    describe(
      ['e-Governance: Property Tax', 'ई-गवर्नेंस: प्रॉपर्टी टैक्स', 'ਈ-ਗਵਰਨੈਂਸ: ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ', 'ଇ-ଗଭର୍ନାନ୍ସ: ସମ୍ପତ୍ତି କର'],
      ['property tax, house tax', 'प्रॉपर्टी टैक्स, हाउस टैक्स', 'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ', 'ସମ୍ପତ୍ତି କର'],
    ),
  ],
  [
    'eGovtradeLicense',
    describe(
      ['e-Governance: Trade Licence', 'ई-गवर्नेंस: ट्रेड लाइसेंस', 'ਈ-ਗਵਰਨੈਂਸ: ਟ੍ਰੇਡ ਲਾਇਸੈਂਸ', 'ଇ-ଗଭର୍ନାନ୍ସ: ଟ୍ରେଡ ଲାଇସେନ୍ସ'],
      ['trade licence, trade license, licence, license', 'लाइसेंस', 'ਲਾਇਸੈਂਸ', 'ଲାଇସେନ୍ସ'],
    ),
  ],
  [
    'eGovOthers',
    describe(
      ['e-Governance: Other', 'ई-गवर्नेंस: अन्य', 'ਈ-ਗਵਰਨੈਂਸ: ਹੋਰ', 'ଇ-ଗଭର୍ନାନ୍ସ: ଅନ୍ୟାନ୍ୟ'],
      ['other', 'अन्य', 'ਹੋਰ', 'ଅନ୍ୟ'],
    ),
  ],
  // Environment
  [
    'NCAPRelatedCompaints',
    describe(
      [
        'Air Quality (NCAP) Complaints',
        'वायु गुणवत्ता (एनकैप) संबंधी शिकायतें',
        'ਹਵਾ ਦੀ ਗੁਣਵੱਤਾ (ਐੱਨਕੈਪ) ਸਬੰਧੀ ਸ਼ਿਕਾਇਤਾਂ',
        'ବାୟୁ ଗୁଣବତ୍ତା (ଏନକ୍ୟାପ) ସମ୍ବନ୍ଧୀୟ ଅଭିଯୋଗ',
      ],
      ['ncap, air, dust, air pollution', 'वायु, हवा, धूल', 'ਹਵਾ, ਧੂੜ', 'ବାୟୁ, ଧୂଳି'],
    ),
  ],
  // mSeva app
  [
    'PropertyTaxIssue',
    describe(
      ['Property Tax Issues', 'प्रॉपर्टी टैक्स की समस्याएं', 'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਦੀਆਂ ਸਮੱਸਿਆਵਾਂ', 'ସମ୍ପତ୍ତି କର ସମସ୍ୟା'],
      ['property tax, house tax', 'प्रॉपर्टी टैक्स, हाउस टैक्स', 'ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ, ਹਾਊਸ ਟੈਕਸ', 'ସମ୍ପତ୍ତି କର, ଗୃହ କର'],
    ),
  ],
  [
    'TradeLicenseIssue',
    describe(
      ['Trade Licence Issues', 'ट्रेड लाइसेंस की समस्याएं', 'ਟ੍ਰੇਡ ਲਾਇਸੈਂਸ ਦੀਆਂ ਸਮੱਸਿਆਵਾਂ', 'ଟ୍ରେଡ ଲାଇସେନ୍ସ ସମସ୍ୟା'],
      [
        'trade licence, trade license, licence, license, business',
        'लाइसेंस, व्यापार',
        'ਲਾਇਸੈਂਸ, ਵਪਾਰ',
        'ଲାଇସେନ୍ସ, ବ୍ୟବସାୟ',
      ],
    ),
  ],
  [
    'FireNocIssue',
    describe(
      ['Fire NOC Issues', 'फायर एनओसी की समस्याएं', 'ਫਾਇਰ ਐੱਨਓਸੀ ਦੀਆਂ ਸਮੱਸਿਆਵਾਂ', 'ଫାୟାର ଏନଓସି ସମସ୍ୟା'],
      ['fire noc, noc, fire safety', 'फायर एनओसी, एनओसी, अग्निशमन', 'ਫਾਇਰ ਐੱਨਓਸੀ, ਐੱਨਓਸੀ', 'ଅଗ୍ନି ନିର୍ବାପଣ, ଏନଓସି'],
    ),
  ],
  [
    'WaterandSewerageIssue',
    describe(
      [
        'Water and Sewerage Connection Issues',
        'पानी और सीवरेज कनेक्शन की समस्याएं',
        'ਪਾਣੀ ਅਤੇ ਸੀਵਰੇਜ ਕੁਨੈਕਸ਼ਨ ਦੀਆਂ ਸਮੱਸਿਆਵਾਂ',
        'ପାଣି ଓ ସିୱରେଜ ସଂଯୋଗ ସମସ୍ୟା',
      ],
      ['connection, water bill, sewerage bill, bill', 'कनेक्शन, बिल', 'ਕੁਨੈਕਸ਼ਨ, ਬਿੱਲ', 'ସଂଯୋଗ, ବିଲ'],
    ),
  ],
  // Canal-based water supply project
  [
    'SocialImpactDamageOfProperty',
    describe(
      [
        'Social Impact: Damage to Property',
        'सामाजिक प्रभाव: संपत्ति को नुकसान',
        'ਸਮਾਜਿਕ ਪ੍ਰਭਾਵ: ਜਾਇਦਾਦ ਦਾ ਨੁਕਸਾਨ',
        'ସାମାଜିକ ପ୍ରଭାବ: ସମ୍ପତ୍ତି କ୍ଷତି',
      ],
      ['damage, property, house damaged', 'नुकसान, संपत्ति', 'ਨੁਕਸਾਨ, ਜਾਇਦਾਦ', 'କ୍ଷତି, ସମ୍ପତ୍ତି'],
    ),
  ],
  [
    'SocialImpactResettlementOrRehabilitation',
    describe(
      [
        'Social Impact: Resettlement or Rehabilitation',
        'सामाजिक प्रभाव: पुनर्वास',
        'ਸਮਾਜਿਕ ਪ੍ਰਭਾਵ: ਮੁੜ-ਵਸੇਬਾ',
        'ସାମାଜିକ ପ୍ରଭାବ: ପୁନର୍ବାସ',
      ],
      ['resettlement, rehabilitation, displaced', 'पुनर्वास, विस्थापित', 'ਮੁੜ-ਵਸੇਬਾ, ਉਜਾੜਾ', 'ପୁନର୍ବାସ, ବିସ୍ଥାପିତ'],
    ),
  ],
  [
    'SocialImpactSexualHarrasmentAtWorkSiteEtc',
    describe(
      [
        'Social Impact: Sexual Harassment at Work Site',
        'सामाजिक प्रभाव: कार्यस्थल पर यौन उत्पीड़न',
        "ਸਮਾਜਿਕ ਪ੍ਰਭਾਵ: ਕੰਮ ਵਾਲੀ ਥਾਂ 'ਤੇ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ",
        'ସାମାଜିକ ପ୍ରଭାବ: କାର୍ଯ୍ୟସ୍ଥଳରେ ଯୌନ ନିର୍ଯ୍ୟାତନା',
      ],
      ['harassment, sexual harassment, women safety', 'उत्पीड़न, छेड़छाड़', 'ਸ਼ੋਸ਼ਣ, ਛੇੜਛਾੜ', 'ନିର୍ଯ୍ୟାତନା, ହଇରାଣ'],
    ),
  ],
  [
    'SocialImpactLossOfLivelihood',
    describe(
      [
        'Social Impact: Loss of Livelihood',
        'सामाजिक प्रभाव: रोज़गार का नुकसान',
        'ਸਮਾਜਿਕ ਪ੍ਰਭਾਵ: ਰੋਜ਼ੀ-ਰੋਟੀ ਦਾ ਨੁਕਸਾਨ',
        'ସାମାଜିକ ପ୍ରଭାବ: ଜୀବିକା ହାନି',
      ],
      ['livelihood, income, business loss', 'रोज़गार, रोज़ी-रोटी, आजीविका', 'ਰੋਜ਼ੀ-ਰੋਟੀ, ਰੁਜ਼ਗਾਰ', 'ଜୀବିକା, ରୋଜଗାର'],
    ),
  ],
  [
    'EnvironmentalImpactUnauthorisedTreeCutting',
    describe(
      [
        'Environmental Impact: Unauthorised Tree Cutting',
        'पर्यावरणीय प्रभाव: पेड़ों की अनधिकृत कटाई',
        'ਵਾਤਾਵਰਣ ਪ੍ਰਭਾਵ: ਰੁੱਖਾਂ ਦੀ ਅਣਅਧਿਕਾਰਤ ਕਟਾਈ',
        'ପରିବେଶ ପ୍ରଭାବ: ଅନଧିକୃତ ଗଛ କଟା',
      ],
      ['tree, cutting', 'पेड़, कटाई', 'ਰੁੱਖ, ਕਟਾਈ', 'ଗଛ, କଟା'],
    ),
  ],
  [
    'EnvironmentalImpactSoilErosion',
    describe(
      [
        'Environmental Impact: Soil Erosion',
        'पर्यावरणीय प्रभाव: मिट्टी का कटाव',
        'ਵਾਤਾਵਰਣ ਪ੍ਰਭਾਵ: ਮਿੱਟੀ ਦਾ ਖੋਰ',
        'ପରିବେଶ ପ୍ରଭାବ: ମାଟି କ୍ଷୟ',
      ],
      ['soil, erosion', 'मिट्टी, कटाव', 'ਮਿੱਟੀ, ਖੋਰ', 'ମାଟି, କ୍ଷୟ'],
    ),
  ],
  [
    'EnvironmentalImpactSoilContamination',
    describe(
      [
        'Environmental Impact: Soil Contamination',
        'पर्यावरणीय प्रभाव: मिट्टी का प्रदूषण',
        'ਵਾਤਾਵਰਣ ਪ੍ਰਭਾਵ: ਮਿੱਟੀ ਦਾ ਪ੍ਰਦੂਸ਼ਣ',
        'ପରିବେଶ ପ୍ରଭାବ: ମାଟି ପ୍ରଦୂଷଣ',
      ],
      ['soil, contamination, chemicals', 'मिट्टी, प्रदूषण', 'ਮਿੱਟੀ, ਪ੍ਰਦੂਸ਼ਣ', 'ମାଟି, ପ୍ରଦୂଷଣ'],
    ),
  ],
  [
    'EnvironmentalImpactVehiclePollution',
    describe(
      [
        'Environmental Impact: Vehicle Pollution',
        'पर्यावरणीय प्रभाव: वाहनों का प्रदूषण',
        'ਵਾਤਾਵਰਣ ਪ੍ਰਭਾਵ: ਵਾਹਨਾਂ ਦਾ ਪ੍ਰਦੂਸ਼ਣ',
        'ପରିବେଶ ପ୍ରଭାବ: ଯାନବାହନ ପ୍ରଦୂଷଣ',
      ],
      ['vehicle, exhaust, smoke', 'वाहन, धुआं', 'ਵਾਹਨ, ਧੂੰਆਂ', 'ଯାନବାହନ, ଧୂଆଁ'],
    ),
  ],
  [
    'EnvironmentalImpactNoiseAndAirPollution',
    describe(
      [
        'Environmental Impact: Noise and Air Pollution',
        'पर्यावरणीय प्रभाव: शोर और वायु प्रदूषण',
        'ਵਾਤਾਵਰਣ ਪ੍ਰਭਾਵ: ਸ਼ੋਰ ਅਤੇ ਹਵਾ ਪ੍ਰਦੂਸ਼ਣ',
        'ପରିବେଶ ପ୍ରଭାବ: ଶବ୍ଦ ଓ ବାୟୁ ପ୍ରଦୂଷଣ',
      ],
      ['noise, dust, air', 'शोर, धूल', 'ਸ਼ੋਰ, ਰੌਲਾ, ਧੂੜ', 'ଶବ୍ଦ, ଧୂଳି'],
    ),
  ],
  [
    'EnvironmentalImpactHazardousMaterialAtSiteEtc',
    describe(
      [
        'Environmental Impact: Hazardous Material at Site',
        'पर्यावरणीय प्रभाव: साइट पर खतरनाक सामग्री',
        "ਵਾਤਾਵਰਣ ਪ੍ਰਭਾਵ: ਸਾਈਟ 'ਤੇ ਖ਼ਤਰਨਾਕ ਸਮੱਗਰੀ",
        'ପରିବେଶ ପ୍ରଭାବ: ସାଇଟରେ ବିପଜ୍ଜନକ ସାମଗ୍ରୀ',
      ],
      ['hazardous, chemicals, dangerous', 'खतरनाक, रसायन', 'ਖ਼ਤਰਨਾਕ, ਰਸਾਇਣ', 'ବିପଜ୍ଜନକ, ରାସାୟନିକ'],
    ),
  ],
  [
    'CivilWorksWaterTreatmentPlant',
    describe(
      [
        'Civil Works: Water Treatment Plant',
        'सिविल कार्य: जल शोधन संयंत्र',
        'ਸਿਵਲ ਕੰਮ: ਵਾਟਰ ਟ੍ਰੀਟਮੈਂਟ ਪਲਾਂਟ',
        'ସିଭିଲ କାର୍ଯ୍ୟ: ଜଳ ବିଶୋଧନ ପ୍ଲାଣ୍ଟ',
      ],
      ['treatment plant, wtp', 'ट्रीटमेंट प्लांट, शोधन', 'ਟ੍ਰੀਟਮੈਂਟ ਪਲਾਂਟ', 'ବିଶୋଧନ, ପ୍ଲାଣ୍ଟ'],
    ),
  ],
  [
    'CivilWorksOverheadReservoirTank',
    describe(
      [
        'Civil Works: Overhead Reservoir Tank',
        'सिविल कार्य: पानी की ओवरहेड टंकी',
        'ਸਿਵਲ ਕੰਮ: ਪਾਣੀ ਵਾਲੀ ਟੈਂਕੀ',
        'ସିଭିଲ କାର୍ଯ୍ୟ: ଓଭରହେଡ ଜଳ ଟାଙ୍କି',
      ],
      ['tank, overhead tank, reservoir', 'टंकी, टैंक', 'ਟੈਂਕੀ', 'ଟାଙ୍କି'],
    ),
  ],
  [
    'PipelineWorkRoadNotRestored',
    describe(
      [
        'Pipeline Work: Road Not Restored',
        'पाइपलाइन कार्य: सड़क ठीक नहीं की गई',
        'ਪਾਈਪਲਾਈਨ ਦਾ ਕੰਮ: ਸੜਕ ਠੀਕ ਨਹੀਂ ਕੀਤੀ',
        'ପାଇପଲାଇନ କାର୍ଯ୍ୟ: ରାସ୍ତା ମରାମତି ହୋଇନାହିଁ',
      ],
      ['road, dug, restoration, digging', 'सड़क, खुदाई', 'ਸੜਕ, ਪੁਟਾਈ', 'ରାସ୍ତା, ଖୋଳା'],
    ),
  ],
  [
    'PipelineWorkHouseConnectionDamaged',
    describe(
      [
        'Pipeline Work: House Connection Damaged',
        'पाइपलाइन कार्य: घर का कनेक्शन टूटा',
        'ਪਾਈਪਲਾਈਨ ਦਾ ਕੰਮ: ਘਰ ਦਾ ਕੁਨੈਕਸ਼ਨ ਟੁੱਟਿਆ',
        'ପାଇପଲାଇନ କାର୍ଯ୍ୟ: ଘର ସଂଯୋଗ କ୍ଷତିଗ୍ରସ୍ତ',
      ],
      ['house connection, connection, damaged', 'कनेक्शन, घर', 'ਕੁਨੈਕਸ਼ਨ, ਘਰ', 'ସଂଯୋଗ, ଘର'],
    ),
  ],
  [
    'PipelineWorkTrenchpitNotBackfilled',
    describe(
      [
        'Pipeline Work: Trench Pit Not Backfilled',
        'पाइपलाइन कार्य: खाई या गड्ढा भरा नहीं गया',
        'ਪਾਈਪਲਾਈਨ ਦਾ ਕੰਮ: ਖਾਈ ਜਾਂ ਟੋਆ ਭਰਿਆ ਨਹੀਂ',
        'ପାଇପଲାଇନ କାର୍ଯ୍ୟ: ଖାଲ ପୋତା ହୋଇନାହିଁ',
      ],
      ['trench, pit, backfill, open pit', 'खाई, गड्ढा', 'ਖਾਈ, ਟੋਆ', 'ଖାଲ, ଗାତ'],
    ),
  ],
  [
    'PipelineWorkTrafficJam',
    describe(
      [
        'Pipeline Work: Traffic Jam',
        'पाइपलाइन कार्य: ट्रैफिक जाम',
        'ਪਾਈਪਲਾਈਨ ਦਾ ਕੰਮ: ਟ੍ਰੈਫਿਕ ਜਾਮ',
        'ପାଇପଲାଇନ କାର୍ଯ୍ୟ: ଟ୍ରାଫିକ ଜାମ',
      ],
      ['traffic, jam, congestion', 'ट्रैफिक, जाम', 'ਟ੍ਰੈਫਿਕ, ਜਾਮ', 'ଟ୍ରାଫିକ, ଜାମ'],
    ),
  ],
]);
