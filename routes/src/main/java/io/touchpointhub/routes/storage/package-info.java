/**
 * Storage wiring: PostgreSQL (the system of record) and Elasticsearch (the read models), each either
 * embedded and started by the hub, or an external server named by one URL property.
 */
package io.touchpointhub.routes.storage;
