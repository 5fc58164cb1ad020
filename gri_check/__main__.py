from gri_check.cli import main

main()
