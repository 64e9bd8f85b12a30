package org.paperboy.web.view;

import java.util.List;
import org.paperboy.library.ApiToken;

/**
 * The personal API tokens page.
 *
 * @param created a token just created, shown this once, or null
 */
public record TokensView(
    Page page, List<ApiToken> tokens, ApiToken.Created created, String baseUrl) {}
