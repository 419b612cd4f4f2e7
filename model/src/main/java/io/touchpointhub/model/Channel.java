package io.touchpointhub.model;

/** The kind of touchpoint a customer used; {@code source} names the account, site or feed within it. */
public enum Channel {
    WEB, EMAIL, SOCIAL, MARKETPLACE, IMPORT, CALL_CENTER
}
