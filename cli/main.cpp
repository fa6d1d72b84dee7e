#include <cstdio>

int main()
{
  std::puts("nominate " NOMINATE_VERSION);
  return 0;
}
