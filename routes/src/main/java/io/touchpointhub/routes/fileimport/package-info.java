/**
 * File import: CSV and JSON-lines files dropped in the inbox directory ({@link
 * io.touchpointhub.routes.fileimport.FileImportRoute}) or uploaded to {@code POST /api/import}, read
 * through a configured column mapping or the built-in review feed, with an import job record that shows
 * progress and bad rows while a file runs.
 */
package io.touchpointhub.routes.fileimport;
