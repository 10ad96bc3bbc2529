// Typed, non-variadic doors to curl_easy_setopt and curl_easy_getinfo, which Swift cannot call
// (C variadics): one function per kind of argument the publisher passes.
#ifndef WARTA_CURL_CALLS_H
#define WARTA_CURL_CALLS_H

#include <curl/curl.h>

CURLcode warta_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode warta_curl_set_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode warta_curl_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode warta_curl_set_pointer(CURL *handle, CURLoption option, void *value);
CURLcode warta_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode warta_curl_set_write_function(CURL *handle, curl_write_callback function);
CURLcode warta_curl_set_xferinfo_function(CURL *handle, curl_xferinfo_callback function);
CURLcode warta_curl_set_ssh_key_function(CURL *handle, curl_sshkeycallback function);
CURLcode warta_curl_info_long(CURL *handle, CURLINFO info, long *value);

#endif
