var edgekv_access_tokens = {
  "namespace-default": {
    "name": "my_token",
    "value": "abc.def.ghi",
    "comment": "kept",
    "expiry": "2026-12-31",
    "nested": {"a":[1,2.5,true,null],"b":"x"}
  },
  "namespace-odd": "not an object"
}
export { edgekv_access_tokens };
