/** The organisation chart: the structure from the data (structure.ts), laid out (layout.ts), drawn as SVG (svg.ts). */
export { allNodes, orgStructure, type OrgInput, type OrgLink, type OrgNode, type OrgSideBox, type OrgStructure } from './structure.ts';
export {
  layoutOrg,
  type OrgArrow,
  type OrgBox,
  type OrgLayout,
  type OrgOptions,
  type OrgPoint,
  type OrgText,
  type OrgTextLink,
} from './layout.ts';
export { renderOrgSvg, type OrgA11y } from './svg.ts';
