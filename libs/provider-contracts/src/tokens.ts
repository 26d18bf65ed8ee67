/** Container identifiers that have no interface of the same name. */
export const ProviderDefinitionToken = Symbol.for('modelgate.ProviderDefinition');
/** The registry's settings (deny list), bound by the app. */
export const RegistryConfigToken = Symbol.for('modelgate.RegistryConfig');
