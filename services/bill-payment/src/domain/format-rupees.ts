/** Paise as Indians write rupees, with lakh grouping and two decimals: 12345678 is `1,23,456.78`. */
export const formatRupees = (paise: number): string =>
  (paise / 100).toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
