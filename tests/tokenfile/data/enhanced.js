var edgekv_access_tokens = {
  "namespace-default": {
    "name": "my_token",
    "reference": "fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466"
  },
  "namespace-marketing": {
    "name": "my_token",
    "reference": "fa3a7ae0-1b0c-45c7-adc3-f0638c6b7466"
  }
}
export { edgekv_access_tokens };
