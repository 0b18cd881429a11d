export { createRegistry, registryFrom } from './registry';
export type { AgencyMatch, AgencyRegistry, RegistryOptions } from './registry';
export { DEFAULT_AGENCIES } from './default-agencies';
export type { AgencyEntry, AgencyKind } from './default-agencies';
export { parseAgencyFile } from './agency-file';
export type { AgencyFileError } from './agency-file';
export { splitAgencyList } from './split-list';
