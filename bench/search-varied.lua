-- wrk script: each request searches two of the 200 generated tag names (topic1 .. topic200),
-- so nearly every request is a query no instance has ranked or rendered yet
math.randomseed(os.time())

request = function()
  return wrk.format("GET", "/search?q=topic" .. math.random(1, 200) .. "+topic" .. math.random(1, 200))
end
