var edgekv_access_tokens = {
  "namespace-default": {
    "name": "my_token",
    "value": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJuYW1lc3BhY2UtZGVmYXVsdCI6WyJyIl19.c2lnbmF0dXJl"
  },
  "namespace-marketing": {
    "name": "my_token",
    "value": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJuYW1lc3BhY2UtbWFya2V0aW5nIjpbInIiXX0.c2lnbmF0dXJl"
  }
}
export { edgekv_access_tokens };
