// oidc-provider ships no types; its few calls here are typed where they are made.
declare module 'oidc-provider';
