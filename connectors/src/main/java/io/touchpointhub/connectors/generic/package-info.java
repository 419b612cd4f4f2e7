/**
 * Configuration-only channels: a JSON item mapped to a touchpoint by JSON pointers, a JSON API polled
 * with a cursor, and the signature check of a signed webhook. The hub's route templates build on these
 * so that a simple new channel is one Camel YAML file, not code.
 */
package io.touchpointhub.connectors.generic;
