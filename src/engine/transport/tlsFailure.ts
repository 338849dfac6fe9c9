/**
 * What failed in a TLS connection to an engine, from Node's error code and OpenSSL's message,
 * in words that say which side is wrong and which file to look at.
 */
export function describeTlsFailure(code: string | undefined, message: string): string {
  const text = `${code ?? ''} ${message}`;
  if (/CERT_HAS_EXPIRED|certificate has expired/i.test(text)) {
    return "the engine's certificate has expired";
  }
  if (/ALERT_CERTIFICATE_EXPIRED/i.test(text)) {
    return 'the engine refused the client certificate because it has expired (renew cert.pem)';
  }
  if (/CERTIFICATE_REQUIRED|ALERT_HANDSHAKE_FAILURE|peer did not return a certificate/i.test(text)) {
    return 'the engine requires a client certificate and none was sent (cert.pem and key.pem are missing)';
  }
  if (/ALERT_UNKNOWN_CA|ALERT_BAD_CERTIFICATE|ALERT_DECRYPT_ERROR/i.test(text)) {
    return 'the engine rejected the client certificate (cert.pem is not signed by a CA it trusts)';
  }
  if (/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT/i.test(text)) {
    return "the engine's certificate is not signed by the CA in ca.pem (wrong CA)";
  }
  if (/ERR_TLS_CERT_ALTNAME_INVALID|Hostname\/IP does not match/i.test(text)) {
    return "the engine's certificate is not valid for this host name";
  }
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|UNKNOWN_PROTOCOL|wrong version number/i.test(text)) {
    return 'the endpoint does not speak TLS (a plain-HTTP engine? then use tcp:// without DOCKER_TLS_VERIFY)';
  }
  if (/Client sent an HTTP request to an HTTPS server/i.test(text)) {
    return 'the engine expects TLS but the connection was plain HTTP (set DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, or use a context with TLS material)';
  }
  return message.trim().replace(/\.$/, '') || 'the TLS handshake failed';
}
