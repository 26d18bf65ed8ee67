export { createModelgate, type Modelgate, type ModelgateOptions } from './create-modelgate';
export { ExecutionService } from './execution-service';
export { DiscoveryService } from './discovery-service';
