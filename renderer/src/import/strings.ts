// UI strings of the Import screen, Bengali first. The i18n setup mounts them under "import.".
import { PERIOD_NAMES } from '../../../common/terms/plan-terms.js';

export const importBn = {
  title: 'স্প্রেডশিট আমদানি', drop: 'এক বা একাধিক ফাইল এখানে ছেড়ে দিন, অথবা', chooseFiles: 'ফাইল বাছাই', chooseFolder: 'ফোল্ডার বাছাই',
  formats: '.xlsx, .xls, .ods, .csv, .docx, .pdf', reading: 'পড়া হচ্ছে…', progress: '{{done}}/{{total}} ফাইল', cancel: 'বাতিল করুন',
  cancelled: 'বাতিল করা হয়েছে: বাকি ফাইল আমদানি হয়নি', importOne: 'এই ফাইল আমদানি করুন', importAll: 'প্রস্তুত সব ফাইল আমদানি করুন',
  readCancelled: 'পড়া বাতিল করা হয়েছে: {{n}}টি ফাইল পড়া হয়নি; "আবার পড়ুন" দিয়ে পড়া যাবে',
  remove: 'তালিকা থেকে সরান', file: 'ফাইল', status: 'অবস্থা', readAgain: 'আবার পড়ুন',
  statuses: {
    reading: 'পড়া হচ্ছে', ready: 'প্রস্তুত', attention: 'মনোযোগ প্রয়োজন', failed: 'ব্যর্থ', imported: 'আমদানি হয়েছে',
    duplicate: 'আগেই আমদানি হয়েছে', cancelled: 'পড়া বাতিল হয়েছে (আবার পড়া যাবে)',
  },
  office: 'অফিস', officeDetected: 'ফাইলে লেখা: {{name}}', officeNone: '— অফিস বাছাই করুন —', suggestions: 'সম্ভাব্য মিল',
  fiscalYear: 'অর্থবছর', fiscalYearPlaceholder: 'যেমন ২০২৩-২৪', fiscalYearInvalid: 'অর্থবছর ২০২৩-২৪ বা ২০২৩-২০২৪ আকারে দিন (পরপর দুই বছর)',
  period: 'অর্জনের সময়কাল', periodNone: '— সময়কাল —', receivedOn: 'প্রাপ্তির তারিখ',
  receivedFromFile: 'ফাইলে লেখা তারিখ থেকে', receivedMissing: 'প্রাপ্তির তারিখ নেই',
  kindPlan: 'কর্মপরিকল্পনা (লক্ষ্যমাত্রা)', kindReport: 'অগ্রগতি প্রতিবেদন', sheet: 'শিট',
  mapping: 'কলাম ম্যাপিং', column: 'কলাম', header: 'শিরোনাম', role: 'কলামের ধরন',
  preview: 'যেভাবে পড়া হয়েছে', indicators: '{{n}}টি সূচক', diagnostics: 'পড়ার সমস্যা', findings: 'স্বয়ংক্রিয় যাচাই',
  noProblems: 'কোনো সমস্যা পাওয়া যায়নি', duplicate: 'এই ফাইলটি {{date}} তারিখে আমদানি করা হয়েছে ({{office}})',
  imported: 'আমদানি হয়েছে: {{kind}}, সংস্করণ {{version}}', cell: 'ঘর',
  needs: { office: 'অফিস বাছাই করুন', fiscalYear: 'অর্থবছর দিন', period: 'সময়কাল বাছাই করুন', indicators: 'কোনো সূচক পড়া যায়নি' },
  periods: PERIOD_NAMES.bn,
  units: { date: 'তারিখ', number: 'সংখ্যা', percent: '%' },
  col: { code: 'কোড', text: 'সূচক', unit: 'একক', weight: 'মান', targets: 'লক্ষ্যমাত্রা', achievements: 'অর্জন', remarks: 'মন্তব্য', notes: 'সমস্যা' },
  invalidValue: 'এই মানটি পড়া যায়নি (যেমন লেখা আছে তেমন দেখানো হলো)',
  invalidDate: 'এমন কোনো তারিখ নেই: ফাইলে যেমন লেখা আছে তেমন দেখানো হলো',
  severity: { error: 'ত্রুটি', warning: 'সতর্কতা', info: 'তথ্য' },
  emptyFile: '{{file}}: ফাইলটি খালি (০ বাইট); পড়ার কিছু নেই। অফিসকে ফাইলটি আবার পাঠাতে বলুন',
  tooMany: 'একসাথে সর্বোচ্চ {{max}}টি ফাইল তালিকায় রাখা যায়; তালিকায় আছে {{queued}}টি, আপনি দিয়েছেন {{chosen}}টি। কোনো ফাইল পড়া হয়নি: আগে কিছু আমদানি করুন বা সরান, অথবা ছোট ভাগে দিন',
  tooLarge: 'একসাথে সর্বোচ্চ {{max}} মেগাবাইটের ফাইল তালিকায় রাখা যায়; তালিকায় আছে {{queued}} মেগাবাইট, আপনি দিয়েছেন {{chosen}} মেগাবাইট। কোনো ফাইল পড়া হয়নি: আগে কিছু আমদানি করুন বা সরান, অথবা ছোট ভাগে দিন',
  notTaken: {
    title: 'যে ফাইলগুলো নেওয়া হয়নি ({{n}}টি) ও কেন',
    zip: 'সংকুচিত (ZIP/RAR) ফাইল সরাসরি পড়া যায় না: খুলে ভেতরের ফাইলগুলো দিন',
    image: 'ছবির ফাইল পড়া যায় না: স্প্রেডশিট, Word (.docx) বা PDF দিন',
    text: 'সাধারণ লেখার ফাইল (.txt) থেকে সারণি পড়া যায় না: স্প্রেডশিট, Word (.docx) বা PDF দিন',
    other: 'এই ধরনের ফাইল ({{ext}}) পড়া যায় না: .xlsx, .xls, .ods, .csv, .docx বা .pdf দিন',
    hidden: 'লুকানো বা সাময়িক ফাইল (যেমন ~$ দিয়ে শুরু): বাদ দেওয়া হয়েছে',
    dismiss: 'তালিকাটি বন্ধ করুন',
  },
  list: {
    office: 'অফিস', fiscalYear: 'অর্থবছর', period: 'সময়কাল', receivedOn: 'প্রাপ্তি', select: 'বাছাই', selectAll: 'দেখানো সব ফাইল বাছাই',
    filterText: 'ফাইল বা অফিসের নাম দিয়ে খুঁজুন', filterStatus: 'অবস্থা অনুযায়ী', allStatuses: 'সব অবস্থা',
    shown: '{{shown}}/{{total}}টি ফাইল দেখানো হচ্ছে · {{selected}}টি বাছাই করা', none: 'এই ছাঁকনিতে কোনো ফাইল নেই',
    plan: 'কর্মপরিকল্পনা',
  },
  bulk: {
    title: 'একসাথে কয়েকটি ফাইলে দিন', hint: 'যে ঘর পূরণ করবেন শুধু সেটিই প্রয়োগ হবে',
    applySelected: 'বাছাই করা {{n}}টি ফাইলে প্রয়োগ করুন', applyAll: 'তালিকার সব {{n}}টি ফাইলে প্রয়োগ করুন',
    applied: '{{n}}টি ফাইলে প্রয়োগ করা হয়েছে', nothing: 'প্রয়োগ করার মতো কিছু দেওয়া হয়নি', applying: 'প্রয়োগ হচ্ছে…',
    missingDates: '{{n}}টি প্রতিবেদনের প্রাপ্তির তারিখ নেই (ফাইলে তারিখ লেখা নেই): ওপরে একবার তারিখ দিয়ে সব ফাইলে প্রয়োগ করুন',
  },
};

export const importEn: typeof importBn = {
  title: 'Import spreadsheets', drop: 'Drop one or more files here, or', chooseFiles: 'Choose files', chooseFolder: 'Choose a folder',
  formats: '.xlsx, .xls, .ods, .csv, .docx, .pdf', reading: 'Reading…', progress: '{{done}}/{{total}} files', cancel: 'Cancel',
  cancelled: 'Cancelled: the remaining files were not imported', importOne: 'Import this file', importAll: 'Import all ready files',
  readCancelled: 'Reading cancelled: {{n}} files were not read; "Read again" reads them',
  remove: 'Remove from list', file: 'File', status: 'Status', readAgain: 'Read again',
  statuses: {
    reading: 'Reading', ready: 'Ready', attention: 'Needs attention', failed: 'Failed', imported: 'Imported',
    duplicate: 'Already imported', cancelled: 'Reading cancelled (can be read again)',
  },
  office: 'Office', officeDetected: 'The file says: {{name}}', officeNone: '— choose the office —', suggestions: 'Possible matches',
  fiscalYear: 'Fiscal year', fiscalYearPlaceholder: 'e.g. 2023-24', fiscalYearInvalid: 'Write the fiscal year as 2023-24 or 2023-2024 (two consecutive years)',
  period: 'Period of the achievements', periodNone: '— period —', receivedOn: 'Received on',
  receivedFromFile: 'from the date written in the file', receivedMissing: 'no receipt date',
  kindPlan: 'Action plan (targets)', kindReport: 'Progress report', sheet: 'Sheet',
  mapping: 'Column mapping', column: 'Column', header: 'Header', role: 'Column holds',
  preview: 'As read', indicators: '{{n}} indicators', diagnostics: 'Reading problems', findings: 'Automated checks',
  noProblems: 'No problems found', duplicate: 'This file was imported on {{date}} ({{office}})',
  imported: 'Imported: {{kind}}, version {{version}}', cell: 'Cell',
  needs: { office: 'Choose the office', fiscalYear: 'Enter the fiscal year', period: 'Choose the period', indicators: 'No indicator was read' },
  periods: PERIOD_NAMES.en,
  units: { date: 'date', number: 'number', percent: '%' },
  col: { code: 'Code', text: 'Indicator', unit: 'Unit', weight: 'Weight', targets: 'Targets', achievements: 'Achievement', remarks: 'Remarks', notes: 'Problems' },
  invalidValue: 'This value could not be read (shown as written)',
  invalidDate: 'No such date: shown as written in the file',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  emptyFile: '{{file}}: the file is empty (0 bytes); there is nothing to read. Ask the office to send it again',
  tooMany: 'The list holds at most {{max}} files at once; it has {{queued}} and you gave {{chosen}}. No file was read: import or remove some first, or add them in smaller parts',
  tooLarge: 'The list holds at most {{max}} MB of files at once; it has {{queued}} MB and you gave {{chosen}} MB. No file was read: import or remove some first, or add them in smaller parts',
  notTaken: {
    title: 'Files not taken ({{n}}) and why',
    zip: 'Compressed (ZIP/RAR) files are not read directly: extract them and add the files inside',
    image: 'Images cannot be read: give a spreadsheet, a Word (.docx) file or a PDF',
    text: 'A plain text file (.txt) has no table to read: give a spreadsheet, a Word (.docx) file or a PDF',
    other: 'Files of this kind ({{ext}}) cannot be read: give .xlsx, .xls, .ods, .csv, .docx or .pdf',
    hidden: 'A hidden or temporary file (such as one starting with ~$): left out',
    dismiss: 'Close this list',
  },
  list: {
    office: 'Office', fiscalYear: 'Fiscal year', period: 'Period', receivedOn: 'Received', select: 'Select', selectAll: 'Select all files shown',
    filterText: 'Search by file or office name', filterStatus: 'By status', allStatuses: 'All statuses',
    shown: '{{shown}}/{{total}} files shown · {{selected}} selected', none: 'No file matches this filter',
    plan: 'Action plan',
  },
  bulk: {
    title: 'Set for several files at once', hint: 'Only the fields you fill in are applied',
    applySelected: 'Apply to the selected files ({{n}})', applyAll: 'Apply to all files in the list ({{n}})',
    applied: 'Applied to {{n}} files', nothing: 'Nothing to apply was given', applying: 'Applying…',
    missingDates: 'Reports with no receipt date (the file names none): {{n}}. Give one date above and apply it to all files',
  },
};

/** Error codes of the Import screen's backend, mounted under "errors.". */
export const importErrorsBn = {
  'staging-full': 'আমদানির তালিকা পূর্ণ: আগে কিছু ফাইল আমদানি করুন বা সরান, তারপর বাকি ফাইল দিন',
};

export const importErrorsEn: typeof importErrorsBn = {
  'staging-full': 'The import list is full: import or remove some files first, then add the rest',
};
