/**
 * The web face: the Javalin server, the route table ({@code Routes}), the page, API and feed
 * handlers of each feature and the shared kit they are built from (templates, guards, cookies, rate
 * limits, errors). Layer: face; it calls features and core, nothing below calls it.
 */
package org.paperboy.web;
