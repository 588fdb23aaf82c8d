// Names the parent (which prepares the data folder) and the worker (which works in it) share.

/** The office the varied fixture files are imported into (created when the data folder is prepared). */
export const POOL_OFFICE = 'ক্র্যাশ পরীক্ষা দপ্তর';
export const FISCAL_YEAR = '2023-24';
/** The file the package scenario issues its memo numbers in. */
export const PACKAGE_FILE_NUMBER = '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪';
