/**
 * Settings: {@code Config} and its parts, read from the environment and secret files, with their
 * defaults and bounds. Layer: core; it depends on nothing else in Paperboy.
 */
package org.paperboy.config;
