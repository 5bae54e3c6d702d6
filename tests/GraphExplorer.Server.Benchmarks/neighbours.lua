-- wrk script: GET /api/entities/e<i>/neighbours for entities drawn uniformly from 0..ENTITIES-1 (environment).
local entities = tonumber(os.getenv("ENTITIES") or "10000")
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/entities/e" .. math.random(0, entities - 1) .. "/neighbours")
end
