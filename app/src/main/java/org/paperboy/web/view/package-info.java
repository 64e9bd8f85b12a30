/**
 * The models the jte templates render: one record per page or part of a page, holding only what the
 * page shows, plus small helpers for dates, links and assets. Layer: face (part of {@code web}).
 */
package org.paperboy.web.view;
