// C++ through the dynamic loader: libstdc++ and libgcc_s from the sysroot, exceptions unwinding
// through virtual calls and the standard library, iostreams, containers, static constructors.
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

struct Shape {
	virtual ~Shape() {}
	virtual long area() const = 0;
};
struct Square : Shape {
	long side;
	explicit Square(long s) : side(s) {}
	long area() const override { return side * side; }
};
struct Broken : Shape {
	long area() const override { throw std::runtime_error("broken shape"); }
};

static std::map<std::string, int> registry = { { "square", 1 }, { "broken", 2 } }; // static init

static int depth(int n)
{
	if (n == 0) throw std::out_of_range("bottom");
	return depth(n - 1) + 1;
}

int main()
{
	std::vector<std::unique_ptr<Shape>> shapes;
	for (long i = 1; i <= 5; i++) shapes.emplace_back(new Square(i));
	shapes.emplace_back(new Broken);
	long total = 0;
	int caught = 0;
	for (auto &s : shapes) {
		try {
			total += s->area();
		} catch (const std::exception &e) {
			std::cout << "caught: " << e.what() << "\n";
			caught++;
		}
	}
	try {
		depth(100);
	} catch (const std::out_of_range &e) {
		std::cout << "unwound 100 frames: " << e.what() << "\n";
		caught++;
	}
	try {
		std::vector<int> v(3);
		v.at(7) = 1;
	} catch (const std::out_of_range &) {
		caught++;
	}
	std::ostringstream os;
	os << "total=" << total << " caught=" << caught << " registry=" << registry.size();
	std::cout << os.str() << std::endl;
	return total == 55 && caught == 3 ? 0 : 1;
}
