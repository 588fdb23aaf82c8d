// First run: the own office (the ministry or division whose APA cell uses the app) and the signatory.
import type { OfficeFields, Signatory } from '../api/contract.js';
import { fieldError } from '../api/errors.js';
import type { Db } from '../database/open-database.js';
import { createOwnOffice, findOwnOffice } from '../offices/office-service.js';
import { readSetting, writeSetting } from '../settings/settings-store.js';
import { createUser, listUsers } from '../users/user-service.js';

export function setupStatus(db: Db) {
  const ownOffice = findOwnOffice(db);
  const signatory = readSetting<Signatory>(db, 'signatory');
  return { needsSetup: !ownOffice || !signatory, ownOffice, signatory };
}

export function completeSetup(db: Db, actor: string, input: { office: OfficeFields; signatory: Signatory }) {
  if (!['ministry', 'division'].includes(input.office.level)) {
    throw fieldError('office.level', 'own-office-level', 'the own office must be a ministry or a division');
  }
  return db.transaction((tx) => {
    const ownOffice = findOwnOffice(tx) ?? createOwnOffice(tx, actor, input.office);
    writeSetting(tx, actor, 'signatory', input.signatory);
    // The signatory is the first user of the app (others are added in Settings).
    if (listUsers(tx, true).length === 0) createUser(tx, actor, { name: input.signatory.name, designation: input.signatory.designation });
    return { ownOffice };
  });
}
