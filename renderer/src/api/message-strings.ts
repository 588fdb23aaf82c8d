// Texts of the backend's message codes that are not field errors: why a file could not be read
// (fileErrors.<code>, common/messages/error-codes.ts FILE_ERROR_CODES) and the reader's diagnostics
// (diagnostics.<code>.<variant>, worded once in common/messages/diagnostic-texts.ts).
import { diagnosticDictionary } from '../../../common/messages/diagnostic-texts.js';

export const messagesBn = {
  fileErrors: {
    'file-missing': '{{file}}: ফাইলটি পাওয়া যায়নি',
    'file-too-large': '{{file}}: ফাইলটি একটি কর্মপরিকল্পনার তুলনায় অনেক বড়; পড়া হয়নি',
    'empty-file': '{{file}}: ফাইলটি খালি',
    'not-spreadsheet': '{{file}}: এটি স্প্রেডশিট বা নথি নয় (.xlsx, .xls, .ods, .csv, .docx বা .pdf প্রয়োজন)',
    corrupt: '{{file}}: ফাইলটি ক্ষতিগ্রস্ত বা পড়া যায় না',
    encrypted: '{{file}}: ফাইলটি পাসওয়ার্ড দিয়ে সুরক্ষিত; পাসওয়ার্ড ছাড়া সংরক্ষণ করে আবার আনুন',
    'zip-bomb': '{{file}}: ফাইলটির ভেতরের আকার অস্বাভাবিক; নিরাপত্তার জন্য পড়া হয়নি',
    'too-many-sheets': '{{file}}: ফাইলটিতে অস্বাভাবিক বেশি শিট; পড়া হয়নি',
    'too-many-rows': '{{file}}: ফাইলটিতে অস্বাভাবিক বেশি সারি; পড়া হয়নি',
    'too-many-cells': '{{file}}: ফাইলটিতে অস্বাভাবিক বেশি ঘর; পড়া হয়নি',
    'no-table': '{{file}}: কর্মপরিকল্পনার কোনো সারণি পাওয়া যায়নি',
    'invalid-document': '{{file}}: পড়া তথ্য সঠিক আকারে নেই; ফাইলটি দেখে আবার চেষ্টা করুন',
    'too-slow': '{{file}}: ফাইলটি পড়তে অনেক বেশি সময় লাগছে; পড়া বন্ধ করা হয়েছে',
    'old-word-format': '{{file}}: পুরনো Word (.doc) ফাইল পড়া যায় না; Word-এ খুলে "Word Document (.docx)" হিসেবে সংরক্ষণ করে সেটি আনুন',
    'scanned-pdf': '{{file}}: পিডিএফটি স্ক্যান করা ছবি, এতে কোনো লেখা নেই; এপিএ ডেস্ক ছবি থেকে লেখা পড়ে না (OCR করা হয় না)। অফিসের কাছে Word বা Excel ফাইল, অথবা সেখান থেকে সংরক্ষিত পিডিএফ চেয়ে নিন',
    'too-many-pages': '{{file}}: পিডিএফে অস্বাভাবিক বেশি পৃষ্ঠা; পড়া হয়নি',
    'backup-not-sqlite': '"{{file}}" এপিএ ডেস্কের ডেটাবেজ নয়: এটি কোনো SQLite ফাইলই নয়। কিছুই বদলানো হয়নি।',
    'backup-corrupt': '"{{file}}" ফাইলটি ক্ষতিগ্রস্ত, তাই এটি থেকে পুনরুদ্ধার করা যাবে না ({{detailBn}})। কিছুই বদলানো হয়নি।',
    'backup-foreign': '"{{file}}" অন্য কোনো প্রোগ্রামের SQLite ডেটাবেজ, এপিএ ডেস্কের নয়। কিছুই বদলানো হয়নি।',
    'backup-newer-schema': '"{{file}}" এপিএ ডেস্কের নতুন কোনো সংস্করণে তৈরি (ডেটাবেজ সংস্করণ {{theirs, digits}}; এই সংস্করণ {{ours, digits}} পর্যন্ত চেনে)। আগে এই কম্পিউটারে এপিএ ডেস্ক হালনাগাদ করুন। কিছুই বদলানো হয়নি।',
    'backup-schema-mismatch': '"{{file}}" এপিএ ডেস্কের ডেটাবেজ হিসেবে চিহ্নিত, কিন্তু এর গঠন মেলে না ({{detail}})। কিছুই বদলানো হয়নি।',
    'backup-audit-broken': '"{{file}}" ফাইলের নিরীক্ষা লগ এপিএ ডেস্কের বাইরে বদলানো হয়েছে ({{detailBn}})। কিছুই বদলানো হয়নি।',
  },
  /** Where a message points: appended to a file error or shown beside a diagnostic. */
  place: { sheet: 'শিট "{{sheet}}"', cell: 'ঘর {{cell}}', sheetCell: 'শিট "{{sheet}}", ঘর {{cell}}' },
  diagnostics: diagnosticDictionary('bn'),
};

export const messagesEn: typeof messagesBn = {
  fileErrors: {
    'file-missing': '{{file}}: the file was not found',
    'file-too-large': '{{file}}: the file is far larger than a plan could be; it was not read',
    'empty-file': '{{file}}: the file is empty',
    'not-spreadsheet': '{{file}}: this is not a spreadsheet or document (.xlsx, .xls, .ods, .csv, .docx or .pdf expected)',
    corrupt: '{{file}}: the file is damaged and could not be read',
    encrypted: '{{file}}: the file is password-protected; save it without a password and import it again',
    'zip-bomb': '{{file}}: the file’s inner sizes are abnormal; it was not read, for safety',
    'too-many-sheets': '{{file}}: the file has an abnormal number of sheets; it was not read',
    'too-many-rows': '{{file}}: the file has an abnormal number of rows; it was not read',
    'too-many-cells': '{{file}}: the file has an abnormal number of cells; it was not read',
    'no-table': '{{file}}: no plan table was found',
    'invalid-document': '{{file}}: what was read is not in the expected form; check the file and try again',
    'too-slow': '{{file}}: reading the file took far too long and was stopped',
    'old-word-format': '{{file}}: old Word (.doc) files cannot be read; open it in Word, save it as "Word Document (.docx)" and import that',
    'scanned-pdf': '{{file}}: the PDF is a scanned image with no text in it; APA Desk does not read text from images (no OCR). Ask the office for the Word or Excel file, or a PDF saved from it',
    'too-many-pages': '{{file}}: the PDF has an abnormal number of pages; it was not read',
    'backup-not-sqlite': '"{{file}}" is not an APA Desk database: it is not an SQLite file at all. Nothing was changed.',
    'backup-corrupt': '"{{file}}" is damaged and cannot be restored ({{detail}}). Nothing was changed.',
    'backup-foreign': '"{{file}}" is an SQLite database of another program, not of APA Desk. Nothing was changed.',
    'backup-newer-schema': '"{{file}}" was made by a newer version of APA Desk (database version {{theirs}}; this version knows up to {{ours}}). Update APA Desk on this PC first. Nothing was changed.',
    'backup-schema-mismatch': '"{{file}}" is marked as an APA Desk database but its structure does not match ({{detail}}). Nothing was changed.',
    'backup-audit-broken': '"{{file}}" has an audit log that was altered outside APA Desk ({{detail}}). Nothing was changed.',
  },
  place: { sheet: 'sheet "{{sheet}}"', cell: 'cell {{cell}}', sheetCell: 'sheet "{{sheet}}", cell {{cell}}' },
  diagnostics: diagnosticDictionary('en'),
};
