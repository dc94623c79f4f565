var edgekv_access_tokens = {
  "namespace-Catalog_2": {
    "name": "catalog-reader",
    "reference": "0b9c3f52-7d3e-4c1a-9f0e-2a4b6c8d0e1f"
  },
  "namespace-default": {
    "name": "legacy_token",
    "value": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJuYW1lc3BhY2UtZGVmYXVsdCI6WyJyIiwidyJdfQ.c2lnbmF0dXJl"
  },
  "namespace-marketing": {
    "name": "refresh-token",
    "reference": "fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466"
  },
  "namespace-z-last": {
    "name": "name \"quoted\" \\ ünïcode",
    "value": "abc.def.ghi"
  }
}
export { edgekv_access_tokens };
