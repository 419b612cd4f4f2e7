/**
 * Real PostgreSQL and Elasticsearch servers that run embedded with the hub, so that it works with zero
 * configuration and integration tests need no external services. Each server keeps its data in a
 * directory it is given, so a restart finds the data again.
 */
package io.touchpointhub.embedded;
