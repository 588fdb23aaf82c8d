// UI strings of the office registry's issue-13 additions (versions, confirmations, duplicate names),
// Bengali first. The i18n setup mounts them under "registry."; the error texts join "errors.".
export const registryBn = {
  versions: {
    title: 'কর্মপরিকল্পনা ও প্রতিবেদনের সংস্করণ',
    none: 'এখনো কিছু আমদানি হয়নি',
    plan: 'কর্মপরিকল্পনা {{year}}',
    report: 'প্রতিবেদন {{year}} · {{period}}',
    count: '{{n}}টি সংস্করণ · চলতি: সংস্করণ {{current}}',
    version: 'সংস্করণ {{n}}',
    current: 'চলতি',
    file: 'ফাইল: {{name}}',
    noFile: 'ফাইলের নাম নেই',
    imported: 'আমদানি {{date}}',
    received: 'প্রাপ্তি {{date}}',
    indicators: '{{n}}টি সূচক',
    open: 'খুলুন',
    delete: 'মুছে ফেলুন',
    blockedReview: 'মুছে ফেলা যাবে না: এই সংস্করণের পর্যালোচনা শুরু হয়েছে',
    blockedReviewPlan: 'মুছে ফেলা যাবে না: এই কর্মপরিকল্পনার সাথে মিলিয়ে এ বছরের প্রতিবেদনের পর্যালোচনা শুরু হয়েছে',
    blockedMemo: 'মুছে ফেলা যাবে না: এ থেকে স্মারক {{memo}} ({{date}}) জারি হয়েছে',
    confirmTitle: 'সংস্করণ মুছে ফেলবেন?',
    confirmReport: '{{office}}-এর {{year}} অর্থবছরের {{period}} প্রতিবেদনের সংস্করণ {{version}} ({{file}}) মুছে ফেলা হবে। এটি ফিরিয়ে আনা যাবে না; অডিট লগে লেখা থাকবে।',
    confirmPlan: '{{office}}-এর {{year}} অর্থবছরের কর্মপরিকল্পনার সংস্করণ {{version}} ({{file}}) মুছে ফেলা হবে। এটি ফিরিয়ে আনা যাবে না; অডিট লগে লেখা থাকবে।',
    thenCurrent: 'এরপর সংস্করণ {{version}} চলতি হবে।',
    thenNone: 'এরপর এই সময়কালের কোনো সংস্করণ থাকবে না।',
    deleted: 'সংস্করণ {{version}} মুছে ফেলা হয়েছে।',
    deletedNowCurrent: 'সংস্করণ {{version}} মুছে ফেলা হয়েছে; এখন সংস্করণ {{current}} চলতি।',
    viewTitle: '{{office}} · {{what}} · সংস্করণ {{version}}',
    code: 'কোড', indicator: 'সূচক', unit: 'একক', weight: 'মান', targets: 'লক্ষ্যমাত্রা', achievement: 'অর্জন', remarks: 'মন্তব্য',
  },
  office: {
    confirmDeleteTitle: 'অফিস মুছে ফেলবেন?',
    confirmDelete: '"{{name}}" অফিসটি রেজিস্টার থেকে মুছে ফেলা হবে। এটি ফিরিয়ে আনা যাবে না; অডিট লগে লেখা থাকবে।',
  },
  officeImport: {
    summaryExisting: '{{valid}}টি সারি ঠিক আছে, {{existing}}টি অফিস আগে থেকেই আছে (আবার যোগ হবে না), {{errors}}টি সারিতে ত্রুটি',
    doneExisting: '{{created}}টি অফিস যোগ হয়েছে, {{skipped}}টি সারি বাদ গেছে ({{existing}}টি অফিস আগে থেকেই ছিল)',
  },
};

export const registryEn: typeof registryBn = {
  versions: {
    title: 'Versions of plans and reports',
    none: 'Nothing imported yet',
    plan: 'Action plan {{year}}',
    report: 'Report {{year}} · {{period}}',
    count: 'versions: {{n}} · current: version {{current}}',
    version: 'Version {{n}}',
    current: 'current',
    file: 'File: {{name}}',
    noFile: 'no file name',
    imported: 'imported {{date}}',
    received: 'received {{date}}',
    indicators: '{{n}} indicators',
    open: 'Open',
    delete: 'Delete',
    blockedReview: 'Cannot be deleted: the review of this version has begun',
    blockedReviewPlan: "Cannot be deleted: this year's reports are being reviewed against this plan",
    blockedMemo: 'Cannot be deleted: memo {{memo}} ({{date}}) was issued from it',
    confirmTitle: 'Delete this version?',
    confirmReport: 'Version {{version}} ({{file}}) of the {{period}} report of {{office}} for {{year}} will be deleted. This cannot be undone; the audit log records it.',
    confirmPlan: 'Version {{version}} ({{file}}) of the action plan of {{office}} for {{year}} will be deleted. This cannot be undone; the audit log records it.',
    thenCurrent: 'Version {{version}} then becomes current.',
    thenNone: 'No version for this period will be left.',
    deleted: 'Version {{version}} deleted.',
    deletedNowCurrent: 'Version {{version}} deleted; version {{current}} is now current.',
    viewTitle: '{{office}} · {{what}} · version {{version}}',
    code: 'Code', indicator: 'Indicator', unit: 'Unit', weight: 'Weight', targets: 'Targets', achievement: 'Achievement', remarks: 'Remarks',
  },
  office: {
    confirmDeleteTitle: 'Delete this office?',
    confirmDelete: 'The office "{{name}}" will be deleted from the registry. This cannot be undone; the audit log records it.',
  },
  officeImport: {
    summaryExisting: '{{valid}} rows OK, {{existing}} offices already in the registry (not added again), {{errors}} rows with errors',
    doneExisting: '{{created}} offices added, {{skipped}} rows skipped ({{existing}} offices were already there)',
  },
};

/** Texts of the error codes the registry's calls return. */
export const registryErrorsBn = {
  'duplicate-office-name': 'এই নামে একটি অফিস রেজিস্টারে আগে থেকেই আছে (ফাঁকা জায়গা, বাংলা/ইংরেজি অঙ্ক ও বড়-ছোট হাতের অক্ষরের পার্থক্য ধরা হয় না)',
  'office-exists': 'এই নামে অফিস আগে থেকেই আছে; সারিটি আবার যোগ হবে না',
  'duplicate-in-file': 'একই অফিস ফাইলের আগের একটি সারিতে আছে',
  'version-has-review': 'এই সংস্করণের পর্যালোচনা শুরু হয়েছে বলে এটি মুছে ফেলা যাবে না',
  'version-memo-issued': 'এই সংস্করণ থেকে স্মারক নম্বর জারি হয়েছে বলে এটি মুছে ফেলা যাবে না',
  'version-in-use': 'এই ছকটি একটি প্রতিবেদনের অংশ; প্রতিবেদনের সংস্করণটি মুছুন',
};

export const registryErrorsEn: typeof registryErrorsBn = {
  'duplicate-office-name': 'An office with this name is already in the registry (spacing, Bengali/Latin digits and letter case are ignored)',
  'office-exists': 'An office with this name is already there; the row is not added again',
  'duplicate-in-file': 'The same office is in an earlier row of the file',
  'version-has-review': 'The review of this version has begun: it cannot be deleted',
  'version-memo-issued': 'A memo number was issued from this version: it cannot be deleted',
  'version-in-use': 'This table belongs to a report: delete the report version',
};
