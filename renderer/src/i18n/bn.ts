// Bengali: the app's working language.
import { importBn, importErrorsBn } from '../import/strings.js';
import { reviewBn } from '../review/strings.js';
import { packageBn } from '../package/strings.js';
import { backupBn } from '../backup/strings.js';
import { registryBn, registryErrorsBn } from '../offices/strings.js';
import { homeBn } from '../home/strings.js';
import { messagesBn } from '../api/message-strings.js';
export const bn = {
  app: { name: 'এপিএ ডেস্ক', tagline: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা' },
  nav: { offices: 'দপ্তর/সংস্থা', import: 'আমদানি', review: 'পর্যালোচনা', package: 'প্যাকেজ', settings: 'সেটিংস' },
  common: {
    save: 'সংরক্ষণ', cancel: 'বাতিল', edit: 'সম্পাদনা', add: 'যোগ করুন', close: 'বন্ধ', search: 'নাম দিয়ে খুঁজুন',
    yes: 'হ্যাঁ', no: 'না', loading: 'লোড হচ্ছে…', saved: 'সংরক্ষিত হয়েছে', language: 'ভাষা', fiscalYear: 'অর্থবছর',
    current: 'চলতি', error: 'ত্রুটি', period: 'সময়কাল',
    /** Each language by its own name (the switch offers the other one). */
    languageNames: { bn: 'বাংলা', en: 'English' },
  },
  setup: {
    title: 'প্রথমবার ব্যবহারের প্রস্তুতি',
    intro: 'যে মন্ত্রণালয়/বিভাগের এপিএ সেল এই অ্যাপ ব্যবহার করবে তার তথ্য এবং স্বাক্ষরকারীর তথ্য দিন।',
    ownOffice: 'নিজ দপ্তর', signatory: 'স্বাক্ষরকারী', submit: 'শুরু করুন',
  },
  office: {
    nameBn: 'নাম (বাংলা)', nameEn: 'নাম (ইংরেজি)', shortName: 'সংক্ষিপ্ত নাম', level: 'স্তর', parent: 'ঊর্ধ্বতন অফিস',
    address: 'ঠিকানা', website: 'ওয়েবসাইট', email: 'ই-মেইল', phone: 'ফোন', headDesignation: 'অফিস প্রধানের পদবি',
    memoPrefix: 'স্মারক নম্বরের অংশ', active: 'সক্রিয়', inactive: 'নিষ্ক্রিয়', own: 'নিজ দপ্তর',
    add: 'অধীনস্থ অফিস যোগ', addUnder: '{{name}}-এর অধীনে নতুন অফিস', editTitle: 'অফিসের তথ্য সম্পাদনা',
    move: 'অন্য অফিসের অধীনে সরান', deactivate: 'নিষ্ক্রিয় করুন', activate: 'সক্রিয় করুন', delete: 'মুছে ফেলুন',
    showInactive: 'নিষ্ক্রিয় অফিসও দেখান', count: 'মোট {{n}}টি অফিস', subCount: '{{n}}টি অধীনস্থ',
    none: 'কোনো অফিস পাওয়া যায়নি', details: 'বিস্তারিত', hasData: 'তথ্য আছে বলে মুছে ফেলা যাবে না; নিষ্ক্রিয় করুন',
    levels: {
      ministry: 'মন্ত্রণালয়', division: 'বিভাগ', department: 'দপ্তর/সংস্থা', divisional: 'বিভাগীয় অফিস',
      district: 'জেলা অফিস', upazila: 'উপজেলা অফিস', other: 'অন্যান্য',
    },
  },
  signatory: { name: 'নাম', designation: 'পদবি', phone: 'ফোন', email: 'ই-মেইল' },
  officeImport: {
    open: 'ফাইল থেকে অফিস তালিকা আমদানি', title: 'অফিস তালিকা আমদানি (CSV/XLSX)', choose: 'ফাইল বাছাই করুন',
    row: 'সারি', status: 'অবস্থা', ok: 'ঠিক আছে', summary: '{{valid}}টি সারি ঠিক আছে, {{errors}}টি সারিতে ত্রুটি',
    confirm: 'ঠিক সারিগুলো আমদানি করুন', done: '{{created}}টি অফিস যোগ হয়েছে, {{skipped}}টি সারি বাদ গেছে',
  },
  import: importBn,
  documents: {
    title: 'কর্মপরিকল্পনা ও প্রতিবেদন', none: 'এখনো কিছু আমদানি হয়নি', plan: 'কর্মপরিকল্পনা', report: 'প্রতিবেদন',
    version: 'সংস্করণ {{n}}', indicators: '{{n}}টি সূচক',
  },
  review: reviewBn,
  package: packageBn,
  backup: backupBn,
  registry: registryBn,
  home: homeBn,
  users: {
    title: 'ব্যবহারকারী', choose: 'কে ব্যবহার করছেন?', chooseIntro: 'এই কম্পিউটারে একাধিক কর্মকর্তা অ্যাপটি ব্যবহার করেন; নিজের নাম বাছাই করুন। সব পরিবর্তন আপনার নামে লগে থাকবে।',
    current: 'ব্যবহারকারী: {{name}}', switch: 'ব্যবহারকারী বদলান', add: 'ব্যবহারকারী যোগ করুন', name: 'নাম', designation: 'পদবি',
    deactivate: 'নিষ্ক্রিয় করুন', activate: 'সক্রিয় করুন', inactive: 'নিষ্ক্রিয়',
  },
  settings: {
    title: 'সেটিংস', signatory: 'স্বাক্ষরকারী', language: 'ভাষা', review: 'পর্যালোচনা',
    reportGraceDays: 'প্রতিবেদন জমার সময়সীমা (সময়কাল শেষের পর দিন)',
    ownBranch: 'নিজ দপ্তরের অনুবিভাগ ও শাখা (লেটারহেড ও স্বাক্ষরে)', wing: 'বিভাগ/অনুবিভাগ/অধিশাখা (যেমন: লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ)',
    branch: 'শাখা/সেল (যেমন: কর্মসম্পাদন ব্যবস্থাপনা শাখা)',
  },
  fileErrors: messagesBn.fileErrors,
  place: messagesBn.place,
  diagnostics: messagesBn.diagnostics,
  dates: { placeholder: 'দদ/মম/বববব', invalid: 'তারিখটি দিন/মাস/বছর (যেমন ৩১/১২/২০২৩) আকারে দিন; এমন কোনো দিন নেই' },
  errors: {
    'verified-implausible': 'যাচাইকৃত অর্জন সম্ভাব্য সীমার বাইরে; নিশ্চিত করলে তবেই রাখা হবে',
    'feedback-stale': reviewBn.errors['feedback-stale'], 'feedback-letter-stale': packageBn.errors['feedback-letter-stale'],
    ...registryErrorsBn,
    technicalDetails: 'কারিগরি বিবরণ (সহায়তাকারীর জন্য)',
    ...importErrorsBn,
    pageFailed: 'এই পাতাটি দেখাতে গিয়ে একটি সমস্যা হয়েছে। অ্যাপের বাকি অংশ ও আপনার কাজ ঠিক আছে।', tryAgain: 'আবার চেষ্টা করুন',
    required: 'এই ঘরটি পূরণ করুন', 'invalid-email': 'সঠিক ই-মেইল ঠিকানা দিন', 'parent-not-found': 'ঊর্ধ্বতন অফিসটি পাওয়া যায়নি',
    cycle: 'কোনো অফিসকে তার নিজের বা অধীনস্থ অফিসের অধীনে সরানো যায় না', 'invalid-value': 'গ্রহণযোগ্য মান নয়',
    'invalid-level': 'স্তর চেনা যায়নি', 'invalid-regex': 'সঠিক আকারে লেখা হয়নি',
    'too-big': 'মানটি অনুমোদিত সীমার চেয়ে বড় বা লেখাটি বেশি লম্বা', 'too-small': 'মানটি অনুমোদিত সীমার চেয়ে ছোট', 'own-office-level': 'নিজ দপ্তর মন্ত্রণালয় বা বিভাগ হতে হবে',
    'own-office-root': 'নিজ দপ্তর গাছের মূলে থাকে; সরানো/নিষ্ক্রিয় করা যায় না', 'office-has-data': 'এই অফিসের তথ্য আছে; মুছে না ফেলে নিষ্ক্রিয় করুন',
    'unsupported-file': 'শুধু .csv, .xlsx, .xls বা .ods ফাইল', 'unreadable-file': 'ফাইলটি পড়া যায়নি', 'no-header': 'নাম কলামসহ শিরোনাম সারি পাওয়া যায়নি',
    'setup-required': 'আগে নিজ দপ্তর নির্ধারণ করুন', internal: 'অপ্রত্যাশিত ত্রুটি: {{message}}', 'not-found': 'পাওয়া যায়নি',
    'invalid-type': 'ভুল ধরনের মান', 'last-user': 'অন্তত একজন সক্রিয় ব্যবহারকারী থাকতে হবে', 'user-inactive': 'ব্যবহারকারী নিষ্ক্রিয়', 'unknown-field': 'অজানা ঘর', 'duplicate-file': 'এই ফাইলটি আগেই আমদানি হয়েছে',
    'not-staged': 'ফাইলটি আর তালিকায় নেই; আবার যোগ করুন', 'office-inactive': 'অফিসটি নিষ্ক্রিয়', 'no-indicators': 'কোনো সূচক পড়া যায়নি; কলাম ম্যাপিং দেখুন',
    'invalid-role': 'অজানা কলামের ধরন', 'invalid-range': 'সারির সীমা ঠিক নয়',
    'memo-serial-used': 'চাওয়া স্মারক ক্রমিকটি এই নথিতে আগেই জারি হয়েছে; পরবর্তী খালি ক্রমিক দিন বা ঘরটি ফাঁকা রাখুন',
    'feedback-numbers-choice-required': 'কিছু ফলাবর্তক পত্রের স্মারক নম্বর আগের প্যাকেজে জারি হয়েছে: আগের নম্বর রাখবেন না নতুন নম্বর জারি করবেন, বেছে নিন',
    'part-unavailable': 'বাছাই করা একটি অংশ এই প্যাকেজে সংযুক্ত করা যায় না; অংশের পাশের কারণ দেখুন',
    'memo-mentions-missing-part': 'স্মারকের বিষয় বা মূল লেখায় এমন অংশের উল্লেখ আছে যা সংযুক্ত নয়; লেখা ঠিক করুন বা অংশটি সংযুক্ত করুন',
    'invalid-file-number': 'নথি নম্বর বিন্দু দিয়ে আলাদা অঙ্ক হতে হবে (যেমন ৩৮.০০.০০০০.০১০.৩৬.০০১.২৪)',
    'own-office-exists': 'নিজ দপ্তর আগেই নির্ধারণ করা হয়েছে', 'empty-file': 'ফাইলটি খালি',
    'invalid-column': 'কলামটি সারণির অংশ নয়', 'invalid-fiscal-year': 'অর্থবছর ২০২৩-২৪ আকারে দিন',
    'invalid-date': 'এমন কোনো তারিখ নেই', 'date-expected': 'এই সূচক তারিখ দিয়ে মাপা হয়; একটি তারিখ দিন',
    'number-expected': 'এই সূচক সংখ্যা দিয়ে মাপা হয়; একটি সংখ্যা দিন', 'not-a-package': 'এটি এই অ্যাপের তৈরি কোনো প্যাকেজের ফোল্ডার নয়',
    'no-file-dialog': 'এখানে ফাইল বাছাইয়ের জানালা নেই; ফাইলটি আপলোড করুন', cancelled: 'কাজটি বাতিল করা হয়েছে',
  },
};
export type Dictionary = typeof bn;
