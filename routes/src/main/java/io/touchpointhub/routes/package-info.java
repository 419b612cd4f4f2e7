/**
 * The hub application: wires connectors, identity, search and NLP together with Apache Camel routes
 * and Spring Boot. The only module that knows all the others.
 */
package io.touchpointhub.routes;
