/** A sheet's number as printed: four digits at least ("0042"), so numbers line up and sort on paper and in file names. */
export const sheetNumberText = (n: number): string => String(n).padStart(4, '0');
