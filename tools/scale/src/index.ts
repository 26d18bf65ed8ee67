export { runScale, type ScaleOptions } from './main';
