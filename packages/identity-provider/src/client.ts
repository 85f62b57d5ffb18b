/** The web app's client at the local provider. */
export const IDENTITY_PROVIDER_CLIENT_ID = 'pallnet-web';
/** The scope of the gateway's API: the web app asks for it, the access token carries it. */
export const GATEWAY_API_SCOPE = 'pallnet:api';
/** The audience (resource indicator) of the local provider's access tokens: the gateway's API. */
export const LOCAL_GATEWAY_AUDIENCE = 'urn:pallnet:gateway';
/** The local provider's port unless IDENTITY_PROVIDER_PORT says otherwise. */
export const DEFAULT_IDENTITY_PROVIDER_PORT = 4010;
