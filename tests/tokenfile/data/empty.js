var edgekv_access_tokens = {}
export { edgekv_access_tokens };
