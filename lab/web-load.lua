-- wrk script for `paperboy bench`-style load: one request in four is the front page, the others
-- are hybrid searches with queries read from the file named by the QUERIES environment variable.
local queries = {}
local n = 0

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  for line in io.lines(os.getenv("QUERIES") or "queries.txt") do
    queries[#queries + 1] = line
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  n = n + 1
  if n % 4 == 0 then
    return wrk.format("GET", "/")
  end
  local q = queries[math.random(#queries)]
  return wrk.format("GET", "/search?mode=" .. (os.getenv("MODE") or "hybrid") .. "&q=" .. encode(q))
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end
