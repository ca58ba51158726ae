import GoujiModel
