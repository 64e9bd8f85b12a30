/**
 * People and sign-in: users, passwordless sign-in links, sessions and a person's data (export and
 * deletion). Layer: feature; it owns the users, sessions and sign_in_links tables.
 */
package org.paperboy.account;
