#include "app.hpp"

int main(int argc, char** argv)
{
  return nominate::cli::run(argc, argv);
}
