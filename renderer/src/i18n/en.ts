import { importEn, importErrorsEn } from '../import/strings.js';
import type { Dictionary } from './bn.js';
import { reviewEn } from '../review/strings.js';
import { packageEn } from '../package/strings.js';
import { backupEn } from '../backup/strings.js';
import { registryEn, registryErrorsEn } from '../offices/strings.js';
import { homeEn } from '../home/strings.js';
import { messagesEn } from '../api/message-strings.js';

export const en: Dictionary = {
  app: { name: 'APA Desk', tagline: 'e-Governance and Innovation Action Plan' },
  nav: { offices: 'Offices', import: 'Import', review: 'Review', package: 'Package', settings: 'Settings' },
  common: {
    save: 'Save', cancel: 'Cancel', edit: 'Edit', add: 'Add', close: 'Close', search: 'Search by name',
    yes: 'Yes', no: 'No', loading: 'Loading…', saved: 'Saved', language: 'Language', fiscalYear: 'Fiscal year',
    current: 'current', error: 'Error', period: 'Period',
    /** Each language by its own name (the switch offers the other one). */
    languageNames: { bn: 'বাংলা', en: 'English' },
  },
  setup: {
    title: 'First-run setup',
    intro: 'Enter the ministry or division whose APA cell uses this app, and the signatory of its letters.',
    ownOffice: 'Own office', signatory: 'Signatory', submit: 'Start',
  },
  office: {
    nameBn: 'Name (Bengali)', nameEn: 'Name (English)', shortName: 'Short name', level: 'Level', parent: 'Parent office',
    address: 'Address', website: 'Website', email: 'E-mail', phone: 'Phone', headDesignation: "Head's designation",
    memoPrefix: 'Memo-number prefix', active: 'Active', inactive: 'Inactive', own: 'Own office',
    add: 'Add subordinate office', addUnder: 'New office under {{name}}', editTitle: 'Edit office',
    move: 'Move under another office', deactivate: 'Deactivate', activate: 'Activate', delete: 'Delete',
    showInactive: 'Show inactive offices', count: '{{n}} offices', subCount: '{{n}} subordinate',
    none: 'No office found', details: 'Details', hasData: 'Has data: deactivate instead of deleting',
    levels: {
      ministry: 'Ministry', division: 'Division', department: 'Department/agency', divisional: 'Divisional office',
      district: 'District office', upazila: 'Upazila office', other: 'Other',
    },
  },
  signatory: { name: 'Name', designation: 'Designation', phone: 'Phone', email: 'E-mail' },
  officeImport: {
    open: 'Import office list from a file', title: 'Import office list (CSV/XLSX)', choose: 'Choose file',
    row: 'Row', status: 'Status', ok: 'OK', summary: '{{valid}} rows OK, {{errors}} rows with errors',
    confirm: 'Import the valid rows', done: '{{created}} offices added, {{skipped}} rows skipped',
  },
  import: importEn,
  documents: {
    title: 'Plans and reports', none: 'Nothing imported yet', plan: 'Action plan', report: 'Report',
    version: 'version {{n}}', indicators: '{{n}} indicators',
  },
  review: reviewEn,
  package: packageEn,
  backup: backupEn,
  registry: registryEn,
  home: homeEn,
  users: {
    title: 'Users', choose: 'Who is using the app?', chooseIntro: 'Several officers use the app on this PC; choose your name. Every change is logged under it.',
    current: 'User: {{name}}', switch: 'Switch user', add: 'Add user', name: 'Name', designation: 'Designation',
    deactivate: 'Deactivate', activate: 'Activate', inactive: 'inactive',
  },
  settings: {
    title: 'Settings', signatory: 'Signatory', language: 'Language', review: 'Review',
    reportGraceDays: 'Reports due (days after the period ends)',
    ownBranch: "The own office's wing and branch (letterhead and signature)", wing: 'Division/wing (e.g. Legislative and Parliamentary Affairs Division)',
    branch: 'Branch/cell (e.g. Performance Management Branch)',
  },
  fileErrors: messagesEn.fileErrors,
  place: messagesEn.place,
  diagnostics: messagesEn.diagnostics,
  dates: { placeholder: 'dd/mm/yyyy', invalid: 'Enter a day that exists as day/month/year (e.g. 31/12/2023)' },
  errors: {
    'verified-implausible': 'The verified achievement is outside the plausible range; it is kept only once confirmed',
    'feedback-stale': reviewEn.errors['feedback-stale'], 'feedback-letter-stale': packageEn.errors['feedback-letter-stale'],
    ...registryErrorsEn,
    technicalDetails: 'Technical details (for support)',
    ...importErrorsEn,
    pageFailed: 'This page ran into a problem. The rest of the app and your work are safe.', tryAgain: 'Try again',
    required: 'This field is required', 'invalid-email': 'Enter a valid e-mail address', 'parent-not-found': 'Parent office not found',
    cycle: 'An office cannot be moved under itself or one of its sub-offices', 'invalid-value': 'Not an accepted value',
    'invalid-level': 'Unknown level', 'invalid-regex': 'Not written in the expected form',
    'too-big': 'The value is larger, or the text longer, than allowed', 'too-small': 'The value is smaller than allowed', 'own-office-level': 'The own office must be a ministry or a division',
    'own-office-root': 'The own office is the root: it cannot be moved or deactivated', 'office-has-data': 'This office has data: deactivate it instead',
    'unsupported-file': 'Only .csv, .xlsx, .xls or .ods files', 'unreadable-file': 'The file could not be read', 'no-header': 'No header row with a name column found',
    'setup-required': 'Set up the own office first', internal: 'Unexpected error: {{message}}', 'not-found': 'Not found',
    'invalid-type': 'Wrong kind of value', 'last-user': 'At least one active user must remain', 'user-inactive': 'This user is deactivated', 'unknown-field': 'Unknown field', 'duplicate-file': 'This file was already imported',
    'not-staged': 'The file is no longer listed: add it again', 'office-inactive': 'The office is deactivated', 'no-indicators': 'No indicator was read: check the column mapping',
    'invalid-role': 'Unknown column role', 'invalid-range': 'The row range is wrong',
    'memo-serial-used': 'The memo serial asked for is issued already in this file; give the next free serial or leave the field empty',
    'feedback-numbers-choice-required': 'Some feedback letters already have memo numbers from an earlier package: choose to keep them or to issue new ones',
    'part-unavailable': 'A part chosen cannot be enclosed in this package; see the reason next to it',
    'memo-mentions-missing-part': "The memo's subject or body names a part that is not enclosed; change the text or enclose the part",
    'invalid-file-number': 'A file number is dot-separated digit groups (e.g. 38.00.0000.010.36.001.24)',
    'own-office-exists': 'The own office is already set up', 'empty-file': 'The file is empty',
    'invalid-column': 'The column is not part of the table', 'invalid-fiscal-year': 'Give the fiscal year as 2023-24',
    'invalid-date': 'No such date exists', 'date-expected': 'This indicator is measured by a date: give a date',
    'number-expected': 'This indicator is measured by a number: give a number', 'not-a-package': 'This is not a package folder made by this app',
    'no-file-dialog': 'There is no file dialog here: upload the file instead', cancelled: 'The task was cancelled',
  },
};
