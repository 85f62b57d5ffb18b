/** The web app's client at the local provider. */
export const IDENTITY_PROVIDER_CLIENT_ID = 'pallnet-web';
/** The scope of the gateway's API: the web app asks for it, the access token carries it. */
export const GATEWAY_API_SCOPE = 'pallnet:api';
