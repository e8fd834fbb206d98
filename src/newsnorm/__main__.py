"""``python -m newsnorm`` runs the command line."""

from newsnorm.cli import main

if __name__ == "__main__":
    main()
