import { type ErrorClassifier } from './error-reading';

/**
 * The one LiteLLM rule discovery still applies to every server, because its GETs do not take the server's
 * `classifyError` yet: a DB-less proxy's `400 no_db_connection` is a refused key. Calls never use it (they
 * pass the server's classifier, or null); it goes once discovery asks the server's classifier.
 */
export const readDbLessRefusal: ErrorClassifier = ({ type }) => (type === 'no_db_connection' ? { code: 'unauthorized' } : null);
