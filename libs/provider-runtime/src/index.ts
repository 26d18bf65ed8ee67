export { createModelgate, type Modelgate, type ModelgateOptions } from './create-modelgate';
export { ExecutionService } from './execution-service';
export { DiscoveryService, type RefreshRequest } from './discovery-service';
export { HmacKeyScope } from './hmac-key-scope';
