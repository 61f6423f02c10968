/**
 * The school's governance structure as a tree, read from content/org/ (no name is written here).
 *
 * Boxes: every department (with the meeting body whose `department` it is), every leading post
 * (a role that `reportsTo` someone or oversees something; a post held together with another,
 * `alsoHolds`, shares its box), and bodies overseen by a leader. A box hangs under the box of the
 * post or body it reports to (roles: `reportsTo`) or of its leader in charge (departments and
 * bodies: `overseenBy`). Where those relations go round in a circle (the Party secretary reports
 * to the branch committee, whose department the secretary oversees), the `reportsTo` relation
 * wins and the box it points to is the top.
 *
 * Democratic and supervisory bodies (教代会, 家委会, 校监会) stand beside the tree, with their working
 * bodies and the boxes they supervise.
 */
import type { Body, Department, Role } from '../../schemas/org.ts';

/** A piece of text, linked where the edition has something to link to. */
export interface OrgLink {
  text: string;
  href?: string;
  /** The link's accessible name (contains `text`). */
  label?: string;
}

/** A box of the tree. */
export interface OrgNode {
  /** The department, role or body id the box stands for. */
  id: string;
  kind: 'unit' | 'leader' | 'body';
  title: OrgLink;
  /** A unit's meeting body, with a link to its rules of procedure. */
  meeting?: OrgLink;
  children: OrgNode[];
}

/** A democratic or supervisory body beside the tree. */
export interface OrgSideBox {
  id: string;
  title: OrgLink;
  /** Short notes: its working body, its leader in charge. */
  notes: string[];
  /** Ids of the tree boxes it supervises. */
  supervises: string[];
}

/** The whole structure. */
export interface OrgStructure {
  /** Usually one tree; more if the data has posts that report to no one. */
  roots: OrgNode[];
  side: OrgSideBox[];
}

/** What the structure is made from; links are given by the page, for its edition. */
export interface OrgInput {
  bodies: Body[];
  departments: Department[];
  roles: Role[];
  /** The rules of procedure of a body, when published in this edition. */
  rulesLink(body: Body): { href: string; label: string } | undefined;
  /** The power items of a department, when it has published ones. */
  powersLink(department: Department): { href: string; label: string } | undefined;
  /** Words for the notes and combined names. */
  words: {
    alsoHolds(holder: string, held: string): string;
    overseenBy(name: string): string;
    workingBody(name: string): string;
  };
}

const SIDE_KINDS = new Set<Body['kind']>(['democratic', 'supervisory']);

/** Build the tree and the side group. Pure and deterministic: data order decides the order of boxes. */
export function orgStructure(input: OrgInput): OrgStructure {
  const { bodies, departments, roles, words } = input;
  const role = new Map(roles.map((r) => [r.id, r]));
  const heldBy = new Map(roles.filter((r) => r.alsoHolds).map((r) => [r.alsoHolds!, r.id]));
  const leaderOf = (id: string) => heldBy.get(id) ?? id;

  const sideBodies = bodies.filter((b) => SIDE_KINDS.has(b.kind));
  const sideIds = new Set(sideBodies.map((b) => b.id));
  const workingBodies = bodies.filter((b) => b.workingBodyOf && sideIds.has(b.workingBodyOf));
  const meetingOf = new Map(bodies.filter((b) => b.department && !sideIds.has(b.id)).map((b) => [b.department!, b]));
  // The box a role, body or department is drawn in.
  const boxOf = (id: string): string => {
    const body = bodies.find((b) => b.id === id);
    if (body?.department && meetingOf.get(body.department) === body) return body.department;
    return role.has(id) ? leaderOf(id) : id;
  };

  // Leading posts: they report to someone or oversee something.
  const overseers = new Set([...departments.map((d) => d.overseenBy), ...bodies.flatMap((b) => (b.overseenBy ? [b.overseenBy] : []))]);
  const leaders = roles.filter(
    (r) => !heldBy.has(r.id) && (r.reportsTo || overseers.has(r.id) || (r.alsoHolds && overseers.has(r.alsoHolds))),
  );
  const treeBodies = bodies.filter(
    (b) => b.overseenBy && !sideIds.has(b.id) && !workingBodies.includes(b) && !(b.department && meetingOf.get(b.department) === b),
  );

  const nodes = new Map<string, OrgNode>();
  // Parent of each box, and whether that relation is a `reportsTo` (which wins in a circle).
  const parent = new Map<string, { id: string; reports: boolean }>();
  for (const r of leaders) {
    const held = r.alsoHolds ? role.get(r.alsoHolds) : undefined;
    nodes.set(r.id, { id: r.id, kind: 'leader', title: { text: held ? words.alsoHolds(r.name, held.name) : r.name }, children: [] });
    const up = r.reportsTo ?? held?.reportsTo;
    if (up) parent.set(r.id, { id: boxOf(up), reports: true });
  }
  for (const d of departments) {
    const meeting = meetingOf.get(d.id);
    const rules = meeting ? input.rulesLink(meeting) : undefined;
    nodes.set(d.id, {
      id: d.id,
      kind: 'unit',
      title: { text: d.name, ...input.powersLink(d) },
      ...(meeting && { meeting: { text: meeting.shortName, ...rules } }),
      children: [],
    });
    parent.set(d.id, { id: boxOf(d.overseenBy), reports: false });
  }
  for (const b of treeBodies) {
    nodes.set(b.id, { id: b.id, kind: 'body', title: { text: b.shortName, ...input.rulesLink(b) }, children: [] });
    parent.set(b.id, { id: boxOf(b.overseenBy!), reports: false });
  }

  // Drop relations to boxes that are not drawn, to the box itself, and the weaker relation of each circle.
  for (const [id, p] of [...parent]) if (p.id === id || !nodes.has(p.id)) parent.delete(id);
  for (const id of nodes.keys()) {
    const path: string[] = [];
    let cur: string | undefined = id;
    while (cur !== undefined && !path.includes(cur)) {
      path.push(cur);
      cur = parent.get(cur)?.id;
    }
    if (cur === undefined) continue;
    const circle = path.slice(path.indexOf(cur));
    parent.delete(circle.find((c) => !parent.get(c)!.reports) ?? circle[0]!);
  }

  // Children in data order: posts first, then departments, then bodies.
  const roots: OrgNode[] = [];
  for (const [id, node] of nodes) {
    const p = parent.get(id);
    if (p) nodes.get(p.id)!.children.push(node);
    else roots.push(node);
  }
  const rank = { leader: 0, unit: 1, body: 2 } as const;
  for (const node of nodes.values()) node.children.sort((a, b) => rank[a.kind] - rank[b.kind]);

  const side = sideBodies.map((b): OrgSideBox => {
    const overseer = b.overseenBy ? role.get(b.overseenBy) : undefined;
    return {
      id: b.id,
      title: { text: b.shortName, ...input.rulesLink(b) },
      notes: [
        ...workingBodies.filter((w) => w.workingBodyOf === b.id).map((w) => words.workingBody(w.shortName)),
        ...(overseer ? [words.overseenBy(overseer.name)] : []),
      ],
      supervises: [...new Set((b.supervises ?? []).map(boxOf))].filter((id) => nodes.has(id)),
    };
  });
  return { roots, side };
}

/** Every box of the trees, depth first. */
export function allNodes(roots: OrgNode[]): OrgNode[] {
  return roots.flatMap((n) => [n, ...allNodes(n.children)]);
}
