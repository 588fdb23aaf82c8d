// Builds the office tree from the flat list the API returns.
import type { Office } from '../../../electron/backend/api/contract.js';

export interface OfficeNode {
  office: Office;
  children: OfficeNode[];
  depth: number;
}

export function buildTree(offices: Office[]): OfficeNode[] {
  const byId = new Map(offices.map((o) => [o.id, { office: o, children: [] as OfficeNode[], depth: 0 }]));
  const roots: OfficeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.office.parentId !== null ? byId.get(node.office.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node); // the root, or a match whose parent the search filtered out
  }
  const setDepth = (nodes: OfficeNode[], depth: number) => {
    for (const n of nodes) {
      n.depth = depth;
      setDepth(n.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

export function flatten(nodes: OfficeNode[]): OfficeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** Ids of an office and everything below it (not valid as its new parent). */
export function subtreeIds(offices: Office[], id: number): Set<number> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of offices) {
      if (o.parentId !== null && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The name to show: the English one in English where the office has one, else the Bengali. */
export function officeName(office: Pick<Office, 'nameBn' | 'nameEn'>, language: string): string {
  return language === 'en' && office.nameEn ? office.nameEn : office.nameBn;
}
