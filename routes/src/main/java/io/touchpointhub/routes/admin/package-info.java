/**
 * The operators' API: rebuild the search read models from PostgreSQL, list and replay dead letters.
 */
package io.touchpointhub.routes.admin;
