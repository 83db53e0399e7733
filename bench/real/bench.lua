-- An interpreter workload for bench/run: function calls (recursion, varargs), table operations
-- (array and hash parts, sort with a comparator), string operations (format, concat, gsub, find,
-- byte/char) and closures (counters, composed functions, coroutines). Deterministic: prints
-- checksums only, never times, so every runner must print the same lines.
-- usage: lua bench.lua [SCALE]   (work grows linearly with SCALE, which may be a fraction; default 10)
local scale = tonumber(arg and arg[1]) or 10
local function times(k) return math.max(1, math.floor(k * scale + 0.5)) end

local function checksum(h, x) return (h * 31 + x) % 4294967296 end

-- calls: naive fibonacci plus an Ackermann-ish mutual recursion
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local function sum(...)
	local s = 0
	for i = 1, select("#", ...) do s = s + select(i, ...) end
	return s
end
local function calls(n)
	local h = 0
	for i = 1, n do h = checksum(h, fib(18) + sum(i, 2 * i, 3 * i, 4 * i)) end
	return h
end

-- tables: fill, sort with a comparator, hash counting, removal
local function tables(n)
	local seed, h = 12345, 0
	local function rand() seed = (seed * 1103515245 + 12345) % 2147483648; return seed end
	for _ = 1, n do
		local t, count = {}, {}
		for i = 1, 2000 do
			local v = rand() % 1000
			t[i] = {key = v, id = i}
			count[v] = (count[v] or 0) + 1
		end
		table.sort(t, function(a, b) if a.key ~= b.key then return a.key < b.key end return a.id < b.id end)
		for i = 1, #t, 97 do h = checksum(h, t[i].key * 7 + t[i].id) end
		local distinct = 0
		for _, c in pairs(count) do distinct = distinct + c * c end
		h = checksum(h, distinct)
		while #t > 1500 do table.remove(t) end
		h = checksum(h, #t)
	end
	return h
end

-- strings: formatting, concatenation through a buffer, pattern matching and substitution
local function strings(n)
	local h = 0
	for r = 1, n do
		local parts = {}
		for i = 1, 300 do parts[#parts + 1] = string.format("%d:%x:%s;", i * r, i * 977, ("ab"):rep(i % 5)) end
		local s = table.concat(parts)
		local replaced, k = s:gsub("(%d+):(%x+)", "%2=%1")
		h = checksum(h, #replaced + k)
		for word in s:gmatch("[a-f]+") do h = checksum(h, #word) end
		local pos = 1
		while true do
			local a, b = s:find("abab", pos, true)
			if not a then break end
			h = checksum(h, a); pos = b + 1
		end
		h = checksum(h, s:byte(r % #s + 1) + #s:upper():lower())
	end
	return h
end

-- closures: counters, composition, coroutines as generators
local function closures(n)
	local h = 0
	local function counter(step) local c = 0; return function() c = c + step; return c end end
	local function compose(f, g) return function(x) return f(g(x)) end end
	for r = 1, n do
		local fs = {}
		for i = 1, 50 do fs[i] = counter(i) end
		local inc = function(x) return x + r end
		local dbl = function(x) return x * 2 end
		local f = compose(compose(inc, dbl), inc)
		for _ = 1, 20 do for i = 1, 50 do h = checksum(h, f(fs[i]())) end end
		local gen = coroutine.wrap(function() for i = 1, 300 do coroutine.yield(i * r) end end)
		for _ = 1, 300 do h = checksum(h, gen()) end
	end
	return h
end

print(string.format("calls    %10d", calls(times(60))))
print(string.format("tables   %10d", tables(times(2))))
print(string.format("strings  %10d", strings(times(8))))
print(string.format("closures %10d", closures(times(10))))
print(string.format("float    %.10g", math.sqrt(2) * scale / 3))
