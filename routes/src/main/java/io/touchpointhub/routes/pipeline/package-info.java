/**
 * The durable pipeline behind intake: Camel routes that drive the identity and index stages, whose
 * progress lives in PostgreSQL so every stage resumes after a crash, and the dead-letter API.
 */
package io.touchpointhub.routes.pipeline;
