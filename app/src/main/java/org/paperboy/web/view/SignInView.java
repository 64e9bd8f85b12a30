package org.paperboy.web.view;

/** The sign-in form. */
public record SignInView(Page page, String next, String email, String error) {}
